package cn.gongguan.demo;

import cn.gongguan.enterprise.Association;
import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseDetails;
import cn.gongguan.enterprise.EnterpriseStaff;
import cn.gongguan.enterprise.Enterprises;
import cn.gongguan.enterprise.StaffImport;
import cn.gongguan.enterprise.StaffImports;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.uikit.Translations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Enterprises (用工单位): three in 城关镇 — 城关建材 with its own family-planning association and a staff list of four
 * imported as the enterprise keeps it in Excel (one hired two years ago and visited then; three newcomers on the
 * visit worklist, the woman among them on the open certificate task for the contact), two member units without a list
 * yet — and one shop in 北街居委会.
 */
@Component
class EnterpriseDemo {

    static final String BUILDING_MATERIALS = "徽县城关建材有限公司";

    private final Enterprises enterprises;
    private final StaffImports imports;
    private final EnterpriseStaff staff;
    private final FiveSteps fiveSteps;
    private final Translations translations;
    private final Today today;

    EnterpriseDemo(Enterprises enterprises, StaffImports imports, EnterpriseStaff staff, FiveSteps fiveSteps,
                   Translations translations, Today today) {
        this.enterprises = enterprises;
        this.imports = imports;
        this.staff = staff;
        this.fiveSteps = fiveSteps;
        this.translations = translations;
        this.today = today;
    }

    /** 城关镇's enterprises; run as one of its staff, once. */
    void chengguan() {
        if (enterprises.count(null) > 0) {
            return;
        }
        Enterprise materials = enterprises.register(new EnterpriseDetails(BUILDING_MATERIALS, "建材制造",
                "城关镇先农村工业园 2 号", "621227100200", "91621227MA71Q8KX73", "马会计", "13909390301",
                Association.OWN, 86, "企业计生协会 2024 年成立，每季度开展一次宣传"));
        enterprises.register(new EnterpriseDetails("徽县金徽酒业包装厂", "包装印刷", "城关镇唐庄村市场路 18 号",
                "621227100203", null, "刘主任", "0939-7526688", Association.MEMBER_UNIT, 42, null));
        enterprises.register(new EnterpriseDetails("滨河花园三期项目部", "建筑施工", "城关镇和平村滨河路北侧",
                "621227100204", null, "王经理", "13909390203", Association.MEMBER_UNIT, 130,
                "施工期至明年十月，农民工流动大，每月报送名册"));
        LocalDate day = today.date();
        importStaff(materials, List.of(
                staff("198703152", "张建军", "男", "窑炉工", day.minusYears(2)),
                staff("199206081", "李明", "男", "叉车司机", day.minusDays(12)),
                staff("199509234", "王晓丽", "女", "质检员", day.minusDays(9)),
                staff("199011117", "赵强", "男", "装卸工", day.minusDays(5))));
        // the one hired two years ago was visited when he came
        staff.current(materials.getId()).stream()
                .filter(entry -> entry.member().getHiredOn().isBefore(day.minusYears(1)))
                .forEach(entry -> fiveSteps.recordVisit(entry.member().getPerson().getId(),
                        entry.member().getHiredOn().plusDays(3), "入企走访，登记基本信息"));
    }

    /** 北街居委会's enterprise; run as its clerk, once. */
    void beijie() {
        if (enterprises.count(null) == 0) {
            enterprises.register(new EnterpriseDetails("北街惠民超市", "零售", "城关镇北街 56 号", null, null, "陈店长",
                    "13909390401", Association.MEMBER_UNIT, 15, "社区计生协会会员单位"));
        }
    }

    /** The enterprise's list, written as its Excel file and imported through the staff list import. */
    private void importStaff(Enterprise enterprise, List<List<String>> rows) {
        Texts chinese = (key, arguments) -> translations.getTranslation(key, Translations.CHINESE, arguments);
        StaffImport staffImport = imports.forEnterprise(enterprise.getId());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue(chinese.get("person.idNumber"));
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                List<String> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
            staffImport.importFrom(new ByteArrayInputStream(out.toByteArray()), chinese);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A staff list row of a migrant from 礼县盐官镇 ({@code birth}: eight digits of the birth day and the sequence's
     * first digit; the sex digit follows the sex given).
     */
    private static List<String> staff(String birth, String name, String sex, String job, LocalDate hired) {
        String first17 = "621226" + birth.substring(0, 8) + "0" + birth.charAt(8) + ("女".equals(sex) ? "2" : "1");
        return List.of(first17 + IdNumber.checkCharacter(first17), name, sex, job, hired.toString(), "", "621226101",
                "1380939" + birth.substring(4, 8), "城关镇先农村工业园宿舍");
    }
}
