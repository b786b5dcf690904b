package cn.gongguan.county.ui;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/** The county's home page shows its tree of townships and residents' committees. */
@org.springframework.stereotype.Component
@Order(20)
class CountyHomeSection implements HomeSection {

    private final ObjectProvider<CountyTenantsPanel> panels;

    CountyHomeSection(ObjectProvider<CountyTenantsPanel> panels) {
        this.panels = panels;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        return unit.kind() == TenantKind.COUNTY ? Optional.of(panels.getObject()) : Optional.empty();
    }
}
