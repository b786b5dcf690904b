package cn.gongguan.fivestep;

import cn.gongguan.platform.Labelled;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonListCondition;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Lets the registry list show the persons for whom a step of the method is still open. */
@Component
class OpenStepCondition implements PersonListCondition {

    @Override
    public String labelKey() {
        return "registry.openStep";
    }

    @Override
    public List<Step> options() {
        return List.of(Step.values());
    }

    @Override
    public Specification<Person> specification(Labelled option) {
        return FiveSteps.open((Step) option);
    }
}
