package cn.gongguan.governance.ui;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Listed;
import cn.gongguan.governance.OperationState;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The home page of the county's governance group, its administrator and a department liaison shows the joint
 * operations running now — for a liaison, those naming them — each with its townships submitted of all, one click
 * from its progress.
 */
@org.springframework.stereotype.Component
@Order(6)
class JointOperationsHomeSection implements HomeSection {

    private final JointOperations operations;

    JointOperationsHomeSection(JointOperations operations) {
        this.operations = operations;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!JointOperations.VIEWERS.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        List<Listed> running = operations.list().stream()
                .filter(l -> l.operation().state() == OperationState.PUBLISHED).toList();
        Div card = new Div();
        card.setId("operations-card");
        card.addClassName("gg-figures");
        card.add(new H3(card.getTranslation("operations.home.title")));
        if (running.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("operations.home.none")));
        }
        for (Listed operation : running) {
            Span value = new Span(card.getTranslation("operations.submittedOf", operation.submitted(),
                    operation.townships()));
            value.addClassName("gg-figure-value");
            Anchor title = new Anchor("operations/" + operation.operation().id(), operation.operation().title());
            title.addClassName("gg-figure-label");
            Div figure = new Div(value, title);
            figure.addClassName("gg-figure");
            card.add(figure);
        }
        Anchor all = new Anchor(JointOperationsView.ROUTE, card.getTranslation("operations.home.open"));
        all.setId("operations-card-open");
        all.addClassName("gg-board-open");
        card.add(all);
        return Optional.of(card);
    }
}
