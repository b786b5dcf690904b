package cn.gongguan.housing.ui;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/** Every unit's home page shows this month's housing figures of the unit and everything below it. */
@org.springframework.stereotype.Component
@Order(10)
class HousingHomeSection implements HomeSection {

    private final ObjectProvider<HousingPanel> panels;

    HousingHomeSection(ObjectProvider<HousingPanel> panels) {
        this.panels = panels;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        return Optional.of(panels.getObject().of(unit));
    }
}
