package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.Agreements;
import cn.gongguan.cooperation.Bulletin;
import cn.gongguan.cooperation.BulletinDirection;
import cn.gongguan.cooperation.Bulletins;
import cn.gongguan.cooperation.CooperationAccess;
import cn.gongguan.cooperation.CooperationFiles;
import cn.gongguan.cooperation.JointMeeting;
import cn.gongguan.cooperation.JointMeetings;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One agreement with other regions: its partners, period, state, scope and signed file, the bulletins exchanged
 * under it and its joint meetings. Its own unit's administrator changes it and records bulletins and meetings; the
 * county reads its townships' agreements here too, read only. Cards rather than grids, so that it reads on a phone.
 */
@Route(AgreementView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.TOWNSHIP_ADMIN_NAME,
        Role.TOWNSHIP_STAFF_NAME})
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String ROUTE = CooperationView.ROUTE + "/:" + ID;

    final H2 title = new H2();
    final Div facts = new Div();
    final Button edit = new Button();
    final Button send = new Button();
    final Button receive = new Button();
    final Button addMeeting = new Button();
    final Div bulletins = new Div();
    final Div meetings = new Div();
    private final transient Agreements agreements;
    private final transient Bulletins bulletinService;
    private final transient JointMeetings meetingService;
    private final transient CooperationFiles files;
    private final transient Divisions divisions;
    private final transient Places places;
    private final transient Today today;
    private Agreement agreement;

    AgreementView(Agreements agreements, Bulletins bulletinService, JointMeetings meetingService,
                  CooperationFiles files, Divisions divisions, Places places, Today today) {
        this.agreements = agreements;
        this.bulletinService = bulletinService;
        this.meetingService = meetingService;
        this.files = files;
        this.divisions = divisions;
        this.places = places;
        this.today = today;
        addClassName("gg-page");
        title.setId("agreement-heading");
        facts.setId("agreement-facts");
        facts.addClassName("gg-coop-facts");
        edit.setId("agreement-edit");
        edit.setText(getTranslation("cooperation.agreement.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> {
            AgreementDialog dialog = new AgreementDialog(agreements, divisions).editing(agreement);
            dialog.addSavedListener(saved -> show(saved.saved()));
            dialog.open();
        });
        send.setId("bulletin-send");
        send.setText(getTranslation("cooperation.bulletin.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> openBulletin(BulletinDirection.SENT));
        receive.setId("bulletin-receive");
        receive.setText(getTranslation("cooperation.bulletin.receive"));
        receive.setIcon(VaadinIcon.INBOX.create());
        receive.addClickListener(e -> openBulletin(BulletinDirection.RECEIVED));
        addMeeting.setId("meeting-add");
        addMeeting.setText(getTranslation("cooperation.meeting.add"));
        addMeeting.setIcon(VaadinIcon.PLUS.create());
        addMeeting.addClickListener(e -> openMeeting(null));
        bulletins.setId("agreement-bulletins");
        bulletins.addClassName("gg-coop-cards");
        meetings.setId("agreement-meetings");
        meetings.addClassName("gg-coop-cards");
        FlexLayout bulletinActions = new FlexLayout(send, receive);
        bulletinActions.addClassName("gg-coop-actions");
        add(new RouterLink(getTranslation("cooperation.back"), CooperationView.class), title, facts, edit,
                new H3(getTranslation("cooperation.bulletins")), bulletinActions, bulletins,
                new H3(getTranslation("cooperation.meetings")), addMeeting, meetings);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Agreement found = event.getRouteParameters().getLong(ID).flatMap(agreements::find).orElse(null);
        if (found == null) {
            event.forwardTo(CooperationView.class);
            return;
        }
        show(found);
    }

    private void show(Agreement shown) {
        agreement = shown;
        boolean keeps = CooperationAccess.keeps() && shown.owner().equals(TenantContext.current());
        title.setText(shown.title());
        facts.removeAll();
        facts.add(fact("cooperation.unit", new Span(places.name(shown.owner().value()))),
                fact("cooperation.agreement.parties", new Span(Parties.names(places, shown.parties()))),
                fact("cooperation.agreement.period", new Span(Parties.period(shown)),
                        StateBadge.of(shown.state(today.date()))),
                fact("cooperation.agreement.scope", new Span(shown.scope())),
                fact("cooperation.agreement.file", shown.file() == null
                        ? new Span(getTranslation("cooperation.file.none")) : FileLink.of(files, shown.file())),
                fact("cooperation.updated", new Span(getTranslation("cooperation.updatedBy", shown.updatedBy(),
                        Formats.dateTime(shown.updatedAt(), getLocale())))));
        edit.setVisible(keeps);
        send.setVisible(keeps);
        receive.setVisible(keeps);
        addMeeting.setVisible(keeps);
        showBulletins(bulletinService.of(shown.id()));
        showMeetings(meetingService.of(shown.id()), keeps);
    }

    private void showBulletins(List<Bulletin> shown) {
        bulletins.removeAll();
        if (shown.isEmpty()) {
            bulletins.add(new Paragraph(getTranslation("cooperation.bulletins.none")));
        }
        for (Bulletin bulletin : shown) {
            Span direction = new Span(getTranslation(bulletin.direction().labelKey()));
            direction.getElement().getThemeList().add(bulletin.direction() == BulletinDirection.SENT
                    ? "badge" : "badge success");
            Div head = new Div(direction, new Span(" " + Formats.date(bulletin.sentOn()) + " · "
                    + getTranslation(bulletin.direction() == BulletinDirection.SENT ? "cooperation.bulletin.to"
                    : "cooperation.bulletin.from", places.name(bulletin.partner()))));
            head.addClassName("gg-coop-card-head");
            Div card = card(head, strong(bulletin.title()), text(bulletin.text()));
            if (bulletin.file() != null) {
                card.add(new Div(FileLink.of(files, bulletin.file())));
            }
            if (bulletin.messageId() != null) {
                Span route = new Span(getTranslation(places.isTenant(bulletin.partner())
                        ? "cooperation.bulletin.viaExchange" : "cooperation.bulletin.viaNational",
                        String.valueOf(bulletin.messageId())));
                route.addClassName("gg-muted");
                card.add(new Div(route));
            }
            bulletins.add(card);
        }
    }

    private void showMeetings(List<JointMeeting> shown, boolean keeps) {
        meetings.removeAll();
        if (shown.isEmpty()) {
            meetings.add(new Paragraph(getTranslation("cooperation.meetings.none")));
        }
        for (JointMeeting meeting : shown) {
            Div head = new Div(new Span(Formats.date(meeting.heldOn()) + " · " + meeting.place()));
            head.addClassName("gg-coop-card-head");
            Div card = card(head,
                    fact("cooperation.meeting.partners", new Span(Parties.names(places, meeting.partners()))),
                    fact("cooperation.meeting.attendees", new Span(meeting.attendees())),
                    fact("cooperation.meeting.decisions", new Span(meeting.decisions())));
            if (meeting.followUps() != null) {
                card.add(fact("cooperation.meeting.followUps", new Span(meeting.followUps())));
            }
            if (keeps) {
                Button change = new Button(getTranslation("cooperation.meeting.edit"), e -> openMeeting(meeting));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                change.setId("meeting-edit-" + meeting.id());
                card.add(change);
            }
            meetings.add(card);
        }
    }

    private void openBulletin(BulletinDirection direction) {
        BulletinDialog dialog = new BulletinDialog(bulletinService, agreement, direction, places, today.date());
        dialog.addSavedListener(saved -> show(agreements.find(agreement.id()).orElse(agreement)));
        dialog.open();
    }

    private void openMeeting(JointMeeting meeting) {
        JointMeetingDialog dialog = new JointMeetingDialog(meetingService, agreement, places, today.date());
        if (meeting != null) {
            dialog.editing(meeting);
        }
        dialog.addSavedListener(saved -> show(agreements.find(agreement.id()).orElse(agreement)));
        dialog.open();
    }

    private Div fact(String labelKey, Component... value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("gg-coop-label");
        Div fact = new Div(label);
        Div content = new Div(value);
        content.addClassName("gg-coop-value");
        fact.add(content);
        fact.addClassName("gg-coop-fact");
        return fact;
    }

    private static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("gg-coop-card");
        return card;
    }

    private static Div strong(String text) {
        Div div = new Div(text);
        div.addClassName("gg-coop-title");
        return div;
    }

    private static Div text(String text) {
        Div div = new Div(text);
        div.addClassName("gg-coop-text");
        return div;
    }

    @Override
    public String getPageTitle() {
        return (agreement == null ? getTranslation("nav.cooperation") : agreement.title()) + " · "
                + getTranslation("app.name");
    }
}
