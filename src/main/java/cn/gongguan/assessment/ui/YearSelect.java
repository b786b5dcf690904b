package cn.gongguan.assessment.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The year an assessment page shows (the ranking, the scheme, the scorecards): the year its address names
 * ({@code ?year=2026}), this year when it names none. Picking another year opens the page's address for that year, so
 * the address always says the year shown and a link, a reload or the back button keep it.
 */
final class YearSelect extends Select<Integer> {

    static final String PARAMETER = "year";

    private final int current;
    private final int back;
    private final int ahead;
    private String path = "";

    /**
     * Offers this year (of {@code platform.Today}), the {@code back} years before it and the {@code ahead} years after
     * it, newest first; a year further off opens by its address and is then offered too.
     */
    YearSelect(String id, String label, int current, int back, int ahead) {
        this.current = current;
        this.back = back;
        this.ahead = ahead;
        setId(id);
        setLabel(label);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(path, QueryParameters.of(PARAMETER, e.getValue().toString())));
            }
        });
    }

    /** Selects the year the page's address names, or this year; returns it. */
    int enter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        int shown = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).flatMap(YearSelect::year)
                .orElse(current);
        TreeSet<Integer> offered = IntStream.rangeClosed(current - back, current + ahead).boxed()
                .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        offered.add(shown);
        setItems(offered.descendingSet());
        setValue(shown);
        return shown;
    }

    /** The address of a page ({@code route}, without its query) showing the year. */
    static String link(String route, int year) {
        return route + "?" + PARAMETER + "=" + year;
    }

    /** The year an address names, if it is one a scheme can have. */
    static Optional<Integer> year(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
