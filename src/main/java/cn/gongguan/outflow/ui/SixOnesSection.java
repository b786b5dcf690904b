package cn.gongguan.outflow.ui;

import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.fivestep.ui.ArchiveForms;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.sixones.CertificateIssue;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.outflow.sixones.ContraceptiveMeasures;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.HealthService;
import cn.gongguan.outflow.sixones.HealthServices;
import cn.gongguan.outflow.sixones.ManagementContract;
import cn.gongguan.outflow.sixones.ManagementContracts;
import cn.gongguan.outflow.sixones.SixOne;
import cn.gongguan.outflow.sixones.SixOnes;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.ui.PersonSection;
import cn.gongguan.uikit.ChecklistCard;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/**
 * The six ones (六个一) of an outflow person on their page, under their trips: six cards, each done (when, by whom)
 * or open, with the action that does it. Every change re-reads the page.
 */
@org.springframework.stereotype.Component
@Order(20)
class SixOnesSection implements PersonSection {

    private static final int SERVICES_SHOWN = 4;

    private final SixOnes sixOnes;
    private final Archives archives;
    private final OutflowTrips trips;
    private final ManagementContracts contracts;
    private final FpAssociations associations;
    private final Certificates certificates;
    private final HealthServices services;
    private final ContraceptiveMeasures measures;
    private final Divisions divisions;
    private final OrgUnits orgUnits;
    private final Today today;

    SixOnesSection(SixOnes sixOnes, Archives archives, OutflowTrips trips, ManagementContracts contracts,
                   FpAssociations associations, Certificates certificates, HealthServices services,
                   ContraceptiveMeasures measures, Divisions divisions, OrgUnits orgUnits, Today today) {
        this.sixOnes = sixOnes;
        this.archives = archives;
        this.trips = trips;
        this.contracts = contracts;
        this.associations = associations;
        this.certificates = certificates;
        this.services = services;
        this.measures = measures;
        this.divisions = divisions;
        this.orgUnits = orgUnits;
        this.today = today;
    }

    @Override
    public Optional<Component> create(Person person, Runnable changed) {
        if (person.getFlowType() != FlowType.OUTFLOW
                || !TenantContext.current().value().equals(person.getRegistrationPlace())) {
            return Optional.empty();
        }
        return Optional.of(new Checklist(person, sixOnes.checklist(person.getId()), changed));
    }

    /** The six cards of one person as read now. */
    private final class Checklist extends Div {

        private final Person person;
        private final SixOnes.Checklist list;
        private final Set<SixOne> done;
        private final Runnable changed;

        Checklist(Person person, SixOnes.Checklist list, Runnable changed) {
            this.person = person;
            this.list = list;
            this.done = list.done();
            this.changed = changed;
            setId("six-ones");
            addClassNames("gg-section", "gg-checklist");
            add(new H3(getTranslation("sixOnes.section", done.size())), archive(), address(), contract(),
                    certificate(), service(), measure());
        }

        private ChecklistCard archive() {
            Archives.State state = list.household();
            ChecklistCard card = card(SixOne.ARCHIVE, state.filled()
                    ? getTranslation("sixOnes.doneBy", Formats.dateTime(state.updatedAt(), getLocale()),
                    state.updatedBy()) : null, false);
            card.body(new Paragraph(getTranslation(Archive.HOUSEHOLD.labelKey())));
            return card.actions(button(getTranslation(state.filled() ? "archive.open" : "archive.fill"),
                    "six-ones-archive", !state.filled(),
                    () -> open(ArchiveForms.of(archives, person, Archive.HOUSEHOLD))));
        }

        private ChecklistCard address() {
            Optional<OutflowTrip> trip = list.trip();
            ChecklistCard card = card(SixOne.ADDRESS, trip.filter(t -> done.contains(SixOne.ADDRESS))
                    .map(t -> getTranslation("sixOnes.doneBy", t.getUpdatedAt() == null ? ""
                            : Formats.dateTime(t.getUpdatedAt(), getLocale()), t.getUpdatedBy())).orElse(null), false);
            if (trip.isEmpty()) {
                return card.body(new Paragraph(getTranslation("sixOnes.address.notAway")));
            }
            OutflowTrip t = trip.get();
            card.body(new Paragraph(String.join(" · ",
                    TripFields.destinationName(divisions, t.getDestination(), this),
                    blankAs(t.getDestinationAddress(), "sixOnes.address.noAddress"),
                    blankAs(t.getDestinationPhone(), "sixOnes.address.noPhone"))));
            if (OutflowTrips.mayRecord()) {
                card.actions(button(getTranslation("sixOnes.address.edit"), "six-ones-address",
                        !done.contains(SixOne.ADDRESS), () -> open(new DepartureDialog(trips, divisions, orgUnits,
                                today, person).editing(t))));
            }
            return card.actions(print("card/" + person.getId(), "print-contact-card", "sixOnes.card.print"));
        }

        private ChecklistCard contract() {
            Optional<ManagementContract> contract = list.contract();
            ChecklistCard card = card(SixOne.CONTRACT, done.contains(SixOne.CONTRACT)
                    ? getTranslation("sixOnes.doneBy", contract.get().getSignedOn().toString(),
                    contract.get().getUpdatedBy()) : null, false);
            contract.ifPresent(c -> {
                card.body(new Paragraph(getTranslation("sixOnes.contract.summary", c.getAssociation().getName(),
                        c.getSignedOn().toString(), c.getTermUntil().toString())));
                card.actions(print("contract/" + c.getId(), "print-contract", "sixOnes.contract.print"));
            });
            if (SixOnes.mayRecord()) {
                card.actions(button(getTranslation("sixOnes.contract.record"), "record-contract",
                        !done.contains(SixOne.CONTRACT),
                        () -> open(new ContractDialog(contracts, associations, today, person))));
                contract.ifPresent(c -> card.actions(button(getTranslation("outflow.editTrip.short"),
                        "edit-contract", false,
                        () -> open(new ContractDialog(contracts, associations, today, person).editing(c)))));
            }
            return card;
        }

        private ChecklistCard certificate() {
            Optional<CertificateIssue> certificate = list.certificate();
            ChecklistCard card = card(SixOne.CERTIFICATE, done.contains(SixOne.CERTIFICATE)
                    ? getTranslation("sixOnes.doneBy", certificate.get().getIssuedOn().toString(),
                    certificate.get().getUpdatedBy()) : null, false);
            certificate.ifPresent(c -> card.body(new Paragraph(getTranslation(
                    c.validOn(list.today()) ? "sixOnes.certificate.summary" : "sixOnes.certificate.expired",
                    c.getNumber(), c.getIssuedOn().toString(), c.getValidUntil().toString()))));
            if (SixOnes.mayRecord()) {
                card.actions(button(getTranslation("sixOnes.certificate.issue"), "issue-certificate",
                        !done.contains(SixOne.CERTIFICATE),
                        () -> open(new CertificateDialog(certificates, today, person))));
                certificate.ifPresent(c -> card.actions(button(getTranslation("outflow.editTrip.short"),
                        "edit-certificate", false,
                        () -> open(new CertificateDialog(certificates, today, person).editing(c)))));
            }
            return card;
        }

        private ChecklistCard service() {
            Optional<HealthService> current = list.thisQuarter();
            boolean overdue = current.isEmpty() && list.missedLastQuarter();
            ChecklistCard card = card(SixOne.HEALTH_SERVICE, current.map(s -> getTranslation("sixOnes.doneBy",
                    s.getDoneOn().toString(), s.getUpdatedBy())).orElse(null), overdue);
            card.body(new Paragraph(getTranslation("sixOnes.service.quarter", list.quarter().toString())));
            list.services().stream().limit(SERVICES_SHOWN).forEach(s -> card.body(new Paragraph(
                    getTranslation("sixOnes.service.summary", s.getDoneOn().toString(),
                            s.getServices().stream().map(k -> getTranslation(k.labelKey()))
                                    .collect(Collectors.joining(getTranslation("sixOnes.service.separator"))),
                            getTranslation(s.getDoneWhere().labelKey()), s.getPlace()))));
            if (HealthServices.mayRecord()) {
                card.actions(button(getTranslation("sixOnes.service.record"), "record-health-service",
                        current.isEmpty(), () -> open(new HealthServiceDialog(services, today, person.getId(),
                                person.getName()))));
            }
            return card;
        }

        private ChecklistCard measure() {
            Optional<ContraceptiveMeasures.State> state = list.measure();
            ChecklistCard card = card(SixOne.MEASURE, state.map(s -> getTranslation("sixOnes.measure.recorded",
                    s.recordedOn().toString())).orElse(null), false);
            if (ContraceptiveMeasures.mayOpen()) {
                Button open = button(getTranslation(state.isPresent() ? "archive.open" : "sixOnes.measure.record"),
                        "open-measure-dialog", state.isEmpty(),
                        () -> open(new MeasureDialog(measures, person)));
                open.setIcon(VaadinIcon.LOCK.create());
                card.actions(open);
            } else {
                card.body(state.isPresent() ? SealedNote.sign()
                        : new Paragraph(getTranslation("sixOnes.measure.notRecorded")));
            }
            return card;
        }

        /** A card done (the text says when and by whom), overdue, or open. */
        private ChecklistCard card(SixOne one, String doneText, boolean overdue) {
            String id = "six-one-" + one.name().toLowerCase();
            H4 title = new H4((one.ordinal() + 1) + ". " + getTranslation(one.labelKey()));
            if (doneText != null) {
                return new ChecklistCard(id, title, ChecklistCard.State.DONE, doneText);
            }
            return overdue ? new ChecklistCard(id, title, ChecklistCard.State.OVERDUE,
                    getTranslation("sixOnes.service.overdue"))
                    : new ChecklistCard(id, title, ChecklistCard.State.OPEN, getTranslation("step.open"));
        }

        private String blankAs(String text, String missingKey) {
            return text == null || text.isBlank() ? getTranslation(missingKey) : text;
        }

        private Button button(String text, String id, boolean primary, Runnable action) {
            Button button = new Button(text, e -> action.run());
            button.setId(id);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (primary) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            return button;
        }

        private Anchor print(String path, String id, String textKey) {
            Anchor link = new Anchor(SixOnesPrintView.ROUTE_BASE + path, "");
            link.setTarget(AnchorTarget.BLANK);
            link.setId(id);
            Button button = new Button(getTranslation(textKey), VaadinIcon.PRINT.create());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            link.add(button);
            return link;
        }

        private void open(FormDialog<?> dialog) {
            dialog.addSavedListener(saved -> changed.run());
            dialog.open();
        }
    }
}
