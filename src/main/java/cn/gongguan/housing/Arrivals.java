package cn.gongguan.housing;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * Persons coming to live in a rental house, as a landlord reports them or a sweep finds them: through the registry's
 * own rules, a new one registered as an inflow person living at the house's address since the day; a registered one
 * linked and moved to the house, unless a later report has them living in another house (a late report of an earlier
 * month does not move anyone back).
 */
@Component
class Arrivals {

    private final PersonRegistry registry;
    private final MonthlyReportRepository reports;

    Arrivals(PersonRegistry registry, MonthlyReportRepository reports) {
        this.registry = registry;
        this.reports = reports;
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
        Person person;
        try {
            person = registry.arrived(details);
        } catch (InvalidInputException wrong) {
            throw new InvalidInputException(at + wrong.field(), wrong.messageKey(), wrong.arguments());
        }
        if (!reports.livesInAnotherHouseAfter(person.getId(), house.getId(), YearMonth.from(since).atDay(1))) {
            person = registry.moved(person.getId(), house.getOrgUnit(), house.getAddress());
        }
        return person;
    }
}
