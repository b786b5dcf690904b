package cn.gongguan.dashboard.ui;

import cn.gongguan.platform.TenantCode;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section a feature adds under the user's own board (e.g. the year's assessment), so that the dashboard knows no
 * feature. The dashboard collects every bean of this type in {@link org.springframework.core.annotation.Order}.
 */
public interface BoardSection {

    /** The section for the logged-in user's own unit, or empty when the feature has nothing to show them. */
    Optional<Component> create(TenantCode unit);
}
