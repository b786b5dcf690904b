package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.MessageLimits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;

/**
 * A notice (通报) to units of the county — its townships and residents' committees, any or all of them — with a title
 * and a text; each unit gets its own copy and the sender sees who read it when.
 */
class NoticeDialog extends FormDialog<Long> {

    final TextField title = text(MessageLimits.TITLE, "exchange.notice.title");
    final TextArea text = area(MessageLimits.NOTICE_TEXT, "exchange.notice.text");
    final Checkbox all = new Checkbox();
    final CheckboxGroup<Tenant> units = required("addressees", new CheckboxGroup<>());
    private final transient Exchange exchange;

    NoticeDialog(Exchange exchange, TenantRegistry tenants) {
        super("save-notice");
        this.exchange = exchange;
        setHeaderTitle(getTranslation("exchange.notice.new"));
        save.setText(getTranslation("exchange.notice.send"));
        title.setId("notice-title");
        text.setId("notice-text");
        TenantCode me = TenantContext.current();
        List<Tenant> choices = tenants.subtree(TenantCode.of(me.value().substring(0, 6))).stream()
                .filter(t -> t.parent() != null && !t.code().equals(me)).toList();
        units.setId("notice-units");
        units.setLabel(getTranslation("exchange.notice.units"));
        units.setItems(choices);
        units.setItemLabelGenerator(Tenant::name);
        all.setId("notice-all");
        all.setLabel(getTranslation("exchange.notice.all"));
        all.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue()) {
                units.setValue(e.getValue() ? new HashSet<>(choices) : new HashSet<>());
            }
        });
        addWide(title);
        addWide(text);
        addWide(all);
        addWide(units);
    }

    @Override
    protected Long write() {
        return exchange.notify(units.getValue().stream().map(t -> t.code().value()).toList(), title.getValue(),
                text.getValue());
    }
}
