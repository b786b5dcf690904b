package cn.gongguan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comma-separated files read as the import templates' rows are: RFC 4180 quoting, UTF-8 or what Chinese Excel saves. */
class CsvRowsTest {

    @TempDir
    Path folder;

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndTheByteOrderMarkIsSkipped() throws IOException {
        String text = "\uFEFF姓名,内容,日期\r\n"
                + "王芳,\"已核实，\"\"情况属实\"\", 有一孩\r\n第二行\",2026-11-28\r\n"
                + ",,\r\n"
                + "  李四  ,简单\n";
        List<String> rows = read(text.getBytes(StandardCharsets.UTF_8), 3);

        assertThat(rows).containsExactly(
                "2|王芳|已核实，\"情况属实\", 有一孩\r\n第二行|2026-11-28",
                "4|李四|简单|");
    }

    @Test
    void aFileSavedByChineseExcelInGb18030IsReadToo() throws IOException {
        byte[] gbk = "姓名,内容\r\n张丽,婚育情况已核实\r\n".getBytes(Charset.forName("GB18030"));

        assertThat(read(gbk, 2)).containsExactly("2|张丽|婚育情况已核实");
    }

    @Test
    void aBinaryFileIsRefusedAsNeitherWorkbookNorText() throws IOException {
        Path file = folder.resolve("binary.csv");
        Files.write(file, new byte[] {'a', ',', 0, 1, 2, '\n'});

        assertThatThrownBy(() -> CsvRows.read(file, 2, (number, cells) -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.notWorkbookOrCsv"));
    }

    private List<String> read(byte[] content, int columns) throws IOException {
        Path file = folder.resolve("rows.csv");
        Files.write(file, content);
        List<String> rows = new ArrayList<>();
        WorkbookRows.read(file, columns, true, (number, cells) -> rows.add(number + "|" + String.join("|", cells)));
        return rows;
    }
}
