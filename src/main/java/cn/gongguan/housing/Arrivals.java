package cn.gongguan.housing;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Persons coming to live in a rental house, as a landlord reports them or a sweep finds them: through the registry's
 * own rules, an inflow person living at the house's address since the day (a registered one is linked and moved).
 */
@Component
class Arrivals {

    private final PersonRegistry registry;

    Arrivals(PersonRegistry registry) {
        this.registry = registry;
    }

    /** The person of the details; a wrong field is refused at {@code at + field} (such as {@code lines[2].name}). */
    Person arrive(RentalHouse house, PersonDetails details, LocalDate since, boolean certificateChecked, String at) {
        if (details == null) {
            throw new InvalidInputException(at + "idNumber", "validation.required");
        }
        details.setFlowType(FlowType.INFLOW);
        details.setOrgUnit(house.getOrgUnit());
        details.setAddress(house.getAddress());
        details.setArrivalDate(since);
        details.setCertificateChecked(certificateChecked);
        try {
            return registry.arrived(details);
        } catch (InvalidInputException wrong) {
            throw new InvalidInputException(at + wrong.field(), wrong.messageKey(), wrong.arguments());
        }
    }
}
