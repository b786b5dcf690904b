package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.Bulletin;
import cn.gongguan.cooperation.BulletinDetails;
import cn.gongguan.cooperation.BulletinDirection;
import cn.gongguan.cooperation.Bulletins;
import cn.gongguan.cooperation.CooperationLimits;
import cn.gongguan.exchange.Places;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * Sends a bulletin to one of the agreement's partners (today, through the exchange: into the partner's inbox when it
 * works in this system, else into the national platform's outbox), or records one received from a partner.
 */
class BulletinDialog extends FormDialog<Bulletin> {

    final Select<String> partner = required(Bulletins.PARTNER, new Select<>());
    final DatePicker sentOn = required(Bulletins.SENT_ON, new DatePicker());
    final TextField title = text(CooperationLimits.BULLETIN_TITLE, "cooperation.bulletin.title");
    final TextArea text = area(CooperationLimits.BULLETIN_TEXT, "cooperation.bulletin.text");
    final FileField file = field(Bulletins.FILE, new FileField("cooperation.bulletin.file"));
    final Paragraph route = new Paragraph();
    private final transient Bulletins bulletins;
    private final Agreement agreement;
    private final BulletinDirection direction;

    BulletinDialog(Bulletins bulletins, Agreement agreement, BulletinDirection direction, Places places,
                   LocalDate today) {
        super(direction == BulletinDirection.SENT ? "send-bulletin" : "save-bulletin");
        this.bulletins = bulletins;
        this.agreement = agreement;
        this.direction = direction;
        boolean sending = direction == BulletinDirection.SENT;
        setHeaderTitle(getTranslation(sending ? "cooperation.bulletin.send" : "cooperation.bulletin.receive"));
        if (sending) {
            save.setText(getTranslation("cooperation.bulletin.sendNow"));
        }
        partner.setId("bulletin-partner");
        partner.setLabel(getTranslation(sending ? "cooperation.bulletin.partnerTo"
                : "cooperation.bulletin.partnerFrom"));
        partner.setItems(agreement.parties());
        partner.setItemLabelGenerator(places::name);
        if (agreement.parties().size() == 1) {
            partner.setValue(agreement.parties().getFirst());
        }
        route.addClassName("gg-muted");
        route.setId("bulletin-route");
        partner.addValueChangeListener(e -> route.setText(e.getValue() == null ? ""
                : getTranslation(places.isTenant(e.getValue()) ? "cooperation.bulletin.routeExchange"
                : "cooperation.bulletin.routeNational")));
        route.setText(partner.getValue() == null || !sending ? "" : getTranslation(places.isTenant(partner.getValue())
                ? "cooperation.bulletin.routeExchange" : "cooperation.bulletin.routeNational"));
        route.setVisible(sending);
        sentOn.setId("bulletin-sent-on");
        sentOn.setLabel(getTranslation("cooperation.bulletin.receivedOn"));
        sentOn.setValue(today);
        sentOn.setMax(today);
        sentOn.setVisible(!sending);
        title.setId("bulletin-title");
        text.setId("bulletin-text");
        file.setId("bulletin-file");
        addFields(partner, sentOn);
        addWide(route);
        addWide(title);
        addWide(text);
        addWide(file);
    }

    @Override
    protected Bulletin write() {
        BulletinDetails details = new BulletinDetails(partner.getValue(), sentOn.getValue(), title.getValue(),
                text.getValue());
        return direction == BulletinDirection.SENT ? bulletins.send(agreement.id(), details, file.file())
                : bulletins.received(agreement.id(), details, file.file());
    }
}
