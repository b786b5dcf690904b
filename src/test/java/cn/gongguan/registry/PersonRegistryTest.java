package cn.gongguan.registry;

import static cn.gongguan.registry.PersonFixtures.details;
import static cn.gongguan.registry.PersonFixtures.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.reference.Sex;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class PersonRegistryTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");

    @Autowired
    PersonRegistry registry;
    @Autowired
    AuditRows audit;
    @Autowired
    Rollups rollups;
    @Autowired
    OrgUnits orgUnits;

    @Test
    void aNewcomerIsRegisteredWithSexAndBirthDateFromTheIdNumberAndTheChangeIsAudited() {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1990, 5, 17), Sex.FEMALE);
        Person person = registry.register(details("李秀英", id));

        assertThat(person.getSex()).isEqualTo(Sex.FEMALE);
        assertThat(person.getBirthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(person.getIdNumber().masked()).doesNotContain("19900517");
        assertThat(audit.list(CHENGGUAN, new AuditFilter("chengguan.staff", AuditAction.PERSON_CREATED, null, null), 0, 50))
                .extracting(e -> e.subject()).contains("person:" + person.getId());
        assertThat(rollups.valuesIn(CHENGGUAN, PersonRegistry.INDICATOR, Rollups.CURRENT).get(CHENGGUAN)).isPositive();
    }

    @Test
    void aSecondEntryWithTheSameIdNumberOffersTheExistingRecord() {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1985, 1, 2), Sex.MALE);
        Person first = registry.register(details("王强", id));
        assertThatThrownBy(() -> registry.register(details("王强强", id.toLowerCase())))
                .isInstanceOfSatisfying(DuplicatePersonException.class, e -> {
                    assertThat(e.existingId()).isEqualTo(first.getId());
                    assertThat(e.existingName()).isEqualTo("王强");
                });
    }

    @Test
    void anImportOfMoreIdNumbersThanOneStatementTakesStillFindsTheRegisteredOnes() {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1986, 6, 1), Sex.MALE);
        registry.register(details("批量查重", id));
        List<String> asked = new java.util.ArrayList<>();
        for (int n = 0; n < 70_000; n++) {
            asked.add("N" + n);
        }
        asked.add(50_003, id);
        assertThat(registry.registered(asked)).containsExactly(id);
    }

    @Test
    void aWrongIdNumberIsRefusedAtItsFieldWithTheReason() {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1985, 1, 2), Sex.MALE);
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertThatThrownBy(() -> registry.register(details("赵六", wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.messageKey()).isEqualTo("idNumber.checkDigit");
                });
    }

    @Test
    void searchFindsByNamePinyinInitialsAndIdNumber() {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1992, 3, 4), Sex.MALE);
        registry.register(details("张伟", id));
        for (String search : new String[] {"张", "张伟", "zhangwei", "ZhangW", "zw", id.substring(0, 10), id}) {
            assertThat(registry.list(new PersonFilter(search, null, null, null), PageRequest.of(0, 100)))
                    .as(search).extracting(p -> p.getIdNumber().value()).contains(id);
        }
        assertThat(registry.list(new PersonFilter("lisi", null, null, null), PageRequest.of(0, 100)))
                .extracting(p -> p.getIdNumber().value()).doesNotContain(id);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldTheRecordChangedAndNothingIsOverwritten() {
        login("chengguan.staff", HomeView.class);
        Person person = registry.register(details("陈静", newIdNumber(LocalDate.of(1995, 7, 8), Sex.FEMALE)));
        long openedAt = person.getVersion();

        PersonDetails first = person.details();
        first.setPhone("13800000001");
        registry.update(person.getId(), openedAt, first);

        PersonDetails second = person.details();
        second.setPhone("13900000002");
        assertThatThrownBy(() -> registry.update(person.getId(), openedAt, second))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.savedBy()).isEqualTo("chengguan.staff"));
        assertThat(registry.find(person.getId())).get().extracting(Person::getPhone).isEqualTo("13800000001");
    }

    @Test
    void anInformationOfficerWorksOnTheirOwnVillageOnly() {
        login("chengguan.staff", HomeView.class);
        Person elsewhere = registry.register(details("外村人", newIdNumber(LocalDate.of(1980, 2, 2), Sex.MALE)));
        logout();
        var officer = login("chengguan.officer", HomeView.class);
        PersonDetails here = details("本村人", newIdNumber(LocalDate.of(1981, 3, 3), Sex.MALE));
        here.setOrgUnit(officer.orgUnit());
        registry.register(here);

        List<Person> visible = registry.list(PersonFilter.ALL, PageRequest.of(0, 500));
        assertThat(visible).isNotEmpty()
                .allSatisfy(p -> assertThat(OrgUnits.villageOf(p.getOrgUnit())).isEqualTo(officer.orgUnit()));
        assertThat(registry.find(elsewhere.getId())).isEmpty();
        PersonDetails other = details("别村人", newIdNumber(LocalDate.of(1982, 4, 4), Sex.MALE));
        assertThatThrownBy(() -> registry.register(other))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("orgUnit"));
    }

    @Test
    void aGroupOfficerWorksOnTheGroupOnlyAndTheVillageOfficerOnTheVillageWithItsGroups() {
        var groupOfficer = login("chengguan.group", HomeView.class);
        String group = groupOfficer.orgUnit();
        String village = OrgUnits.villageOf(group);
        String otherGroup = orgUnits.groupsOf(village).stream().map(OrgUnit::getCode)
                .filter(code -> !code.equals(group)).findFirst().orElseThrow();
        Person mine = registry.register(placed("组内人", group));
        for (String outside : List.of(village, otherGroup)) {
            assertThatThrownBy(() -> registry.register(placed("组外人", outside)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("orgUnit");
                        assertThat(e.messageKey()).isEqualTo("person.orgUnit.ownVillageOnly");
                    });
        }
        logout();
        login("chengguan.staff", HomeView.class);
        Person inOtherGroup = registry.register(placed("邻组人", otherGroup));
        Person inVillage = registry.register(placed("本村人", village));
        logout();

        login("chengguan.group", HomeView.class);
        assertThat(registry.list(PersonFilter.ALL, PageRequest.of(0, 500)))
                .extracting(Person::getId).contains(mine.getId()).doesNotContain(inOtherGroup.getId(), inVillage.getId());
        // asking for the whole village still shows the group only
        assertThat(registry.list(new PersonFilter(null, village, null, null), PageRequest.of(0, 500)))
                .isNotEmpty().allSatisfy(p -> assertThat(p.getOrgUnit()).isEqualTo(group));
        assertThat(registry.find(inOtherGroup.getId())).isEmpty();
        assertThat(registry.find(inVillage.getId())).isEmpty();
        PersonDetails moved = mine.details();
        moved.setOrgUnit(otherGroup);
        assertThatThrownBy(() -> registry.update(mine.getId(), mine.getVersion(), moved))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("orgUnit"));
        logout();

        var villageOfficer = login("chengguan.officer", HomeView.class);
        assertThat(villageOfficer.orgUnit()).isEqualTo(village);
        assertThat(registry.list(PersonFilter.ALL, PageRequest.of(0, 500)))
                .extracting(Person::getId).contains(mine.getId(), inOtherGroup.getId(), inVillage.getId());
        assertThat(registry.list(new PersonFilter(null, otherGroup, null, null), PageRequest.of(0, 500)))
                .extracting(Person::getId).contains(inOtherGroup.getId()).doesNotContain(mine.getId(), inVillage.getId());
        assertThat(registry.register(placed("村里登记到组", otherGroup)).getOrgUnit()).isEqualTo(otherGroup);
    }

    @Test
    void theTownshipsVillageFilterTakesInTheVillagesGroups() {
        var groupOfficer = login("chengguan.group", HomeView.class);
        Person inGroup = registry.register(placed("组里的人", groupOfficer.orgUnit()));
        logout();
        login("chengguan.staff", HomeView.class);
        String village = OrgUnits.villageOf(groupOfficer.orgUnit());
        assertThat(registry.list(new PersonFilter(null, village, null, null), PageRequest.of(0, 500)))
                .extracting(Person::getId).contains(inGroup.getId());
        String otherVillage = orgUnits.villages().stream().map(OrgUnit::getCode).filter(code -> !code.equals(village))
                .findFirst().orElseThrow();
        assertThat(registry.list(new PersonFilter(null, otherVillage, null, null), PageRequest.of(0, 500)))
                .extracting(Person::getId).doesNotContain(inGroup.getId());
    }

    private static PersonDetails placed(String name, String orgUnit) {
        PersonDetails details = details(name, newIdNumber(LocalDate.of(1986, 8, 8), Sex.FEMALE));
        details.setOrgUnit(orgUnit);
        return details;
    }

    @Test
    void anOfficerRegisteringANumberOfAnotherVillageLearnsOnlyThatItIsRegisteredInTheTownship() {
        var officer = login("chengguan.officer", HomeView.class);
        String otherVillage = orgUnits.active().stream().map(OrgUnit::getCode)
                .filter(code -> !code.equals(officer.orgUnit())).findFirst().orElseThrow();
        logout();
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1983, 5, 5), Sex.FEMALE);
        PersonDetails there = details("邻村登记", id);
        there.setOrgUnit(otherVillage);
        registry.register(there);
        String unplaced = newIdNumber(LocalDate.of(1984, 6, 6), Sex.MALE);
        registry.register(details("未分村", unplaced));
        logout();

        login("chengguan.officer", HomeView.class);
        for (String taken : List.of(id, unplaced)) {
            PersonDetails again = details("再次登记", taken);
            again.setOrgUnit(officer.orgUnit());
            assertThatThrownBy(() -> registry.register(again))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("idNumber");
                        assertThat(e.messageKey()).isEqualTo("registry.duplicate.elsewhere");
                        assertThat(e.arguments()).isEmpty();
                        assertThat(e.getMessage()).doesNotContain("邻村登记", "未分村", otherVillage);
                    });
        }
        // within the own village the officer is offered the record, as township staff are
        PersonDetails own = details("本村登记", newIdNumber(LocalDate.of(1985, 7, 7), Sex.MALE));
        own.setOrgUnit(officer.orgUnit());
        Person first = registry.register(own);
        assertThatThrownBy(() -> registry.register(own))
                .isInstanceOfSatisfying(DuplicatePersonException.class, e -> assertThat(e.existingId()).isEqualTo(first.getId()));
    }

    @Test
    void anotherTownshipsUserCanReachNoneOfIt() {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1979, 9, 9), Sex.FEMALE);
        registry.register(details("刘芳", id));
        logout();
        login("fujia.staff", HomeView.class);
        assertThat(registry.list(new PersonFilter(id, null, null, null), PageRequest.of(0, 10))).isEmpty();
        assertThat(registry.list(new PersonFilter("刘芳", null, null, null), PageRequest.of(0, 10))).isEmpty();
        // The same person may be registered in another township (they moved there): that is its own record.
        registry.register(details("刘芳", id));
        assertThat(registry.count(new PersonFilter(id, null, null, null))).isEqualTo(1);
    }

    @Test
    void rolesWithoutARegistryCannotUseIt() {
        login("county.admin", HomeView.class);
        assertThatThrownBy(() -> registry.count(PersonFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
