package cn.gongguan.uikit;

import cn.gongguan.platform.TenantCode;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section of the home page contributed by a feature, so that the application shell knows no feature. The shell
 * collects every bean of this type in {@link org.springframework.core.annotation.Order} and asks each for its section.
 */
public interface HomeSection {

    /** The section for the logged-in user of {@code unit}, or empty when the feature has nothing to show them. */
    Optional<Component> create(TenantCode unit);
}
