package cn.gongguan.demo;

import cn.gongguan.governance.FindingHouse;
import cn.gongguan.governance.FindingInput;
import cn.gongguan.governance.FindingPerson;
import cn.gongguan.governance.FindingReferral;
import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.KeyLocationDetails;
import cn.gongguan.governance.KeyLocations;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.governance.OperationTaskEntry;
import cn.gongguan.governance.OperationTasks;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.uikit.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 城关镇's work on the county's winter operation ("2026年冬季流动人口联合清理", planned by the county's demo): three key
 * locations of the kinds it asks for, each with a team, and two findings — each with a person newly registered and a
 * rental house found let without being registered. Nothing happens without that operation, or once locations are
 * assigned.
 */
@Component
class OperationTaskDemo {


    private final OperationTasks tasks;
    private final KeyLocations keyLocations;
    private final Translations translations;
    private final Today today;

    OperationTaskDemo(OperationTasks tasks, KeyLocations keyLocations, Translations translations, Today today) {
        this.tasks = tasks;
        this.keyLocations = keyLocations;
        this.translations = translations;
        this.today = today;
    }

    /** Run as one of 城关镇's staff. */
    void chengguan() {
        Optional<OperationTaskEntry> winter = tasks.tasks().stream()
                .filter(entry -> entry.operation().title().equals(OperationDemo.WINTER) && entry.isOpen()).findFirst();
        if (winter.isEmpty() || !tasks.locations(winter.get().id()).isEmpty()) {
            return;
        }
        long task = winter.get().id();
        List<KeyLocation> places = new ArrayList<>(tasks.assignable(task));
        List<LocationKind> asked = List.copyOf(winter.get().operation().kinds());
        for (int i = places.size(); i < 3; i++) {
            places.add(keyLocations.add(new KeyLocationDetails(asked.get(i % asked.size()),
                    "城关镇联合清理演示场所" + (i + 1), "城关镇南关路 " + (i + 1) + " 号", "621227100200",
                    Department.POLICE, null, null, null)));
        }
        String[] teams = {"第一组：计生办马文、派出所周强", "第二组：计生办李娟、市场监管所王涛", "第三组：计生办赵敏"};
        List<OperationLocation> assigned = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assigned.add(tasks.assign(task, places.get(i).getId(), teams[i]));
        }
        LocalDate day = today.date().minusDays(1);
        LocalDate start = winter.get().operation().startsOn();
        LocalDate foundOn = day.isBefore(start) ? start : day;
        record(task, assigned.get(0), foundOn, 14, person("何春梅", "19960412", 1, 2, false,
                FindingReferral.CERTIFICATE), house("南关路 12 号", "杨守业", "19620305", 1, 3));
        record(task, assigned.get(1), foundOn, 9, person("马晓军", "19930917", 2, 1, true, FindingReferral.EMPLOYMENT),
                house("市场路 5 号后院", "唐桂兰", "19580820", 2, 2));
    }

    private void record(long task, OperationLocation at, LocalDate foundOn, int checked, FindingPerson person,
                        FindingHouse house) {
        tasks.record(task, new FindingInput(at.id(), foundOn, checked, List.of(person), List.of(house),
                "联合清理演示数据"), (key, arguments) -> translations.getTranslation(key, Translations.CHINESE,
                arguments));
    }

    private static FindingPerson person(String name, String birth, int sequence, int sex, boolean certificateChecked,
                                        FindingReferral referral) {
        return new FindingPerson(idNumber("510104", birth, sequence, sex), name, null, "510107001",
                MaritalStatus.MARRIED, certificateChecked, referral);
    }

    private static FindingHouse house(String address, String landlord, String birth, int sequence, int rooms) {
        return new FindingHouse("城关镇" + address, landlord, idNumber("621227", birth, 80 + sequence, 1),
                "139093902" + "%02d".formatted(10 + sequence), rooms);
    }

    private static String idNumber(String region, String birth, int sequence, int sex) {
        String first17 = region + birth + "%02d%d".formatted(sequence, sex);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
