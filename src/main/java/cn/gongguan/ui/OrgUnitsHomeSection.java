package cn.gongguan.ui;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/** A township's home page shows its villages and communities (platform data, so the shell owns this section). */
@org.springframework.stereotype.Component
@Order(20)
class OrgUnitsHomeSection implements HomeSection {

    private final ObjectProvider<OrgUnitsPanel> panels;

    OrgUnitsHomeSection(ObjectProvider<OrgUnitsPanel> panels) {
        this.panels = panels;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        return unit.kind() == TenantKind.TOWNSHIP ? Optional.of(panels.getObject()) : Optional.empty();
    }
}
