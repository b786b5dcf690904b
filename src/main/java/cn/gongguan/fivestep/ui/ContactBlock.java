package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.ServiceContact;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The unit's service contact as printed on its documents (service card, notice, an outflow person's contact card), or
 * what is missing when the unit has not entered it yet.
 */
public final class ContactBlock {

    private ContactBlock() {
    }

    public static Div of(Optional<ServiceContact> contact) {
        Div block = new Div();
        block.addClassName("gg-print-contact");
        block.setId("print-contact");
        if (contact.isEmpty()) {
            Paragraph missing = new Paragraph(block.getTranslation("print.contact.missing"));
            missing.addClassName("gg-form-problem");
            missing.setId("contact-missing");
            block.add(missing);
            return block;
        }
        ServiceContact c = contact.get();
        block.add(new Paragraph(block.getTranslation("print.contact.office", c.getOffice())),
                new Paragraph(block.getTranslation("print.contact.phone", c.getPhone())),
                new Paragraph(block.getTranslation("print.contact.address", c.getAddress())));
        if (c.getHours() != null) {
            block.add(new Paragraph(block.getTranslation("print.contact.hours", c.getHours())));
        }
        return block;
    }
}
