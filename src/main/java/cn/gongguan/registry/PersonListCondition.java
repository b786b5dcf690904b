package cn.gongguan.registry;

import cn.gongguan.platform.Labelled;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * A filter of the registry list that another feature defines (e.g. the five-step method's "step still open"), so the
 * list can offer it without the registry depending on that feature.
 */
public interface PersonListCondition {

    /** The translation key of the filter's caption. */
    String labelKey();

    List<? extends Labelled> options();

    Specification<Person> specification(Labelled option);
}
