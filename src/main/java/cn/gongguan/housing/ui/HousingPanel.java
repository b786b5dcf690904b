package cn.gongguan.housing.ui;

import cn.gongguan.housing.HousingFigures;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.YearMonth;
import org.springframework.context.annotation.Scope;

/**
 * This month's housing figures of a unit and everything below it, read from the rollups: rental houses, landlord
 * reports due and received, the coverage rate, persons reported, and persons found in sweeps who were not reported.
 */
@SpringComponent
@Scope("prototype")
class HousingPanel extends Div {

    private final transient HousingFigures figures;
    private final transient Today today;

    HousingPanel(HousingFigures figures, Today today) {
        this.figures = figures;
        this.today = today;
        addClassName("gg-figures");
        setId("housing-figures");
    }

    /** Shows the figures of the subtree of {@code root}. */
    HousingPanel of(TenantCode root) {
        YearMonth month = today.month();
        HousingFigures.Figures f = figures.of(root, month);
        removeAll();
        add(new H3(getTranslation("figures.title", month.toString())),
                figure("figures.houses", f.houses()), figure("figures.reportsDue", f.reportsDue()),
                figure("figures.reportsReceived", f.reportsReceived()),
                figure("figures.coverage", f.coverage() + "%"),
                figure("figures.personsReported", f.personsReported()),
                figure("figures.personsFoundUnreported", f.personsFoundUnreported()));
        return this;
    }

    private Div figure(String key, Object value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("gg-figure-value");
        Span label = new Span(getTranslation(key));
        label.addClassName("gg-figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("gg-figure");
        figure.setId(key.replace('.', '-'));
        return figure;
    }
}
