package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Scorecard;
import cn.gongguan.assessment.Scorecard.Adjustment;
import cn.gongguan.assessment.Scorecard.Line;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.assessment.Scorecards.Ranking;
import cn.gongguan.platform.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The year's results as an Excel workbook: the ranking first (rank, township, score, rating, change against last
 * year), then a sheet per township with its scorecard — each indicator's value, target and points, under it each
 * deduction with its items and points, the bonuses and the score — as the scorecard page shows them. Numbers are
 * numbers, so that a county can go on calculating with them.
 */
class RankingWorkbook {

    /** The row of the headers on every sheet; the rows follow it. */
    static final int HEADER_ROW = 2;
    static final List<String> RANKING_HEADERS = List.of("assessment.ranking.rank", "assessment.ranking.township",
            "assessment.ranking.score", "assessment.ranking.rating", "assessment.ranking.change");
    static final List<String> CARD_HEADERS = List.of("assessment.ranking.sheet.indicator",
            "assessment.ranking.sheet.status", "assessment.ranking.sheet.done", "assessment.ranking.sheet.due",
            "assessment.ranking.sheet.percent", "assessment.ranking.sheet.target", "assessment.ranking.sheet.weight",
            "assessment.ranking.sheet.earned", "assessment.ranking.sheet.items", "assessment.ranking.sheet.adjustment",
            "assessment.ranking.sheet.points");

    private final Texts texts;

    RankingWorkbook(Texts texts) {
        this.texts = texts;
    }

    void write(Ranking ranking, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(texts.get("assessment.ranking.sheet.ranking"));
            sheet.createRow(0).createCell(0).setCellValue(title(ranking));
            headers(sheet, RANKING_HEADERS);
            int next = HEADER_ROW + 1;
            for (Ranked ranked : ranking.townships()) {
                write(sheet.createRow(next++), List.of(ranked.rank(), ranked.township().name(),
                        ranked.card().score(), RankingTexts.rating(texts, ranked.card().rating()),
                        RankingTexts.change(texts, ranked)));
            }
            sheet.setColumnWidth(1, 18 * 256);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            Set<String> names = new HashSet<>();
            for (Ranked ranked : ranking.townships()) {
                card(workbook.createSheet(sheetName(ranked.township().name(), names)), ranking, ranked);
            }
            workbook.write(out);
        }
    }

    private String title(Ranking ranking) {
        return texts.get("assessment.ranking.sheet.title", String.valueOf(ranking.year()),
                ranking.scheme().map(Schemes.Version::version).orElse(0), texts.get(ranking.state().labelKey()));
    }

    /** A township's scorecard: a row per indicator, a row per deduction under it, the bonuses, the score. */
    private void card(Sheet sheet, Ranking ranking, Ranked ranked) {
        Scorecard card = ranked.card();
        sheet.createRow(0).createCell(0).setCellValue(ranked.township().name() + " · " + title(ranking));
        headers(sheet, CARD_HEADERS);
        int next = HEADER_ROW + 1;
        for (Line line : card.lines()) {
            Scheme.Indicator indicator = line.indicator();
            boolean available = line.status() != Scorecard.Status.UNAVAILABLE;
            write(sheet.createRow(next++), values(texts.get(line.measure().labelKey()),
                    texts.get(line.status().labelKey()), available ? line.done() : null,
                    available ? line.due() : null, line.percent(), indicator.target(), line.weight(),
                    line.earned(), null, null, line.points()));
            for (Adjustment deduction : line.deductions()) {
                next = adjustment(sheet, next, deduction, deduction.net().negate());
            }
        }
        for (Adjustment bonus : card.bonuses()) {
            next = adjustment(sheet, next, bonus, bonus.net());
        }
        next++; // a blank row before the score
        write(sheet.createRow(next++), values(texts.get("assessment.ranking.score"), null, null, null, null,
                null, null, null, null, null, card.score()));
        write(sheet.createRow(next), values(texts.get("assessment.ranking.rating"),
                RankingTexts.rating(texts, card.rating()), null, null, null, null, null, null, null, null, null));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.createFreezePane(1, HEADER_ROW + 1);
    }

    private int adjustment(Sheet sheet, int next, Adjustment adjustment, BigDecimal signed) {
        String label = "  " + texts.get(adjustment.rule().kind().labelKey()) + "："
                + texts.get(adjustment.item().labelKey());
        String note = adjustment.available() ? (adjustment.restored() == null || adjustment.restored().signum() == 0
                ? null : texts.get("assessment.ranking.sheet.restored", RankingTexts.points(adjustment.restored())))
                : texts.get(Scorecard.Status.UNAVAILABLE.labelKey());
        write(sheet.createRow(next), values(label, note, null, null, null, null, null, null, adjustment.items(),
                adjustment.available() ? signed : null, null));
        return next + 1;
    }

    private void headers(Sheet sheet, List<String> keys) {
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < keys.size(); i++) {
            header.createCell(i).setCellValue(texts.get(keys.get(i)));
        }
    }

    private static List<Object> values(Object... values) {
        List<Object> list = new ArrayList<>();
        Collections.addAll(list, values);
        return list;
    }

    /** Text as text, numbers as numbers, nothing as an empty cell. */
    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    /** Excel's sheet names: at most 31 characters, some characters not allowed, unique within the workbook. */
    static String sheetName(String name, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String unique = safe;
        for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }
}
