package cn.gongguan.registry.ui;

import cn.gongguan.registry.Person;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section of a person's page contributed by a feature (their trips away, their services), so that the page knows
 * no feature. The page collects every bean of this type in {@link org.springframework.core.annotation.Order}.
 */
public interface PersonSection {

    /**
     * The section for the person, or empty when the feature has nothing to show of them; {@code changed} re-reads
     * the page after the section changed the person.
     */
    Optional<Component> create(Person person, Runnable changed);
}
