package cn.gongguan.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonExport;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonImport;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.uikit.Translations;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry's import and export dialogs as a user works them. */
class ImportExportUiTest extends UiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonImport personImport;
    @Autowired
    Translations translations;

    @Test
    void anUploadWithAnOverLongAddressImportsTheGoodRowAndOffersTheBadOneBack() throws Exception {
        login("chengguan.staff", RegistryView.class);
        String good = PersonFixtures.newIdNumber(LocalDate.of(1979, 9, 9), Sex.FEMALE);
        PersonDetails tooLong = PersonFixtures.details("地址过长", PersonFixtures.newIdNumber(LocalDate.of(1979, 9, 10), Sex.MALE));
        tooLong.setAddress("城关镇".repeat(70));
        byte[] file = ImportFiles.workbook(personImport, chinese(),
                List.of(ImportFiles.row(PersonFixtures.details("界面导入", good), chinese()), ImportFiles.row(tooLong, chinese())));
        PersonImportDialog dialog = openImport();

        UploadKt._upload(dialog.upload, "persons.xlsx", XLSX, file);
        awaitResult(dialog);

        assertThat(dialog.result.getText()).isEqualTo("已导入 1 人，0 人此前已登记，1 行有错误");
        assertThat(dialog.errors.isVisible()).isTrue();
        assertThat(dialog.progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(registry.count(new PersonFilter(good, null, null, null))).isEqualTo(1);
    }

    @Test
    void anUploadThatIsNoWorkbookIsToldWithoutImportingAnything() {
        login("chengguan.staff", RegistryView.class);
        PersonImportDialog dialog = openImport();

        UploadKt._upload(dialog.upload, "persons.xlsx", XLSX, "姓名,身份证号\n".getBytes(StandardCharsets.UTF_8));
        awaitResult(dialog);

        assertThat(dialog.result.getText()).isEqualTo("这不是 Excel 工作簿（.xlsx）：请用导入模板填写后上传");
        assertThat(dialog.errors.isVisible()).isFalse();
        assertThat(dialog.upload.isEnabled()).isTrue();
    }

    @Test
    void anImportGoesOnWhenTheDialogIsClosedAndTellsItsOutcomeInANotification() throws Exception {
        login("chengguan.staff", RegistryView.class);
        String id = PersonFixtures.newIdNumber(LocalDate.of(1978, 8, 8), Sex.MALE);
        byte[] file = ImportFiles.workbook(personImport, chinese(),
                List.of(ImportFiles.row(PersonFixtures.details("关窗导入", id), chinese())));
        PersonImportDialog dialog = openImport();

        UploadKt._upload(dialog.upload, "persons.xlsx", XLSX, file);
        dialog.close();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (NotificationsKt.getNotifications().isEmpty() && Instant.now().isBefore(deadline)) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(50);
        }

        NotificationsKt.expectNotifications("已导入 1 人，0 人此前已登记，0 行有错误");
        assertThat(UI.getCurrent().getPollInterval()).as("polling stopped").isEqualTo(-1);
        assertThat(registry.count(new PersonFilter(id, null, null, null))).isEqualTo(1);
    }

    @Test
    void aLargeExportAsksForAReasonBeforeTheDownload() {
        login("fujia.staff", RegistryView.class);
        List<PersonDetails> many = new ArrayList<>();
        for (int n = 0; n <= 1000; n++) {
            many.add(PersonFixtures.details("大批导出" + n,
                    PersonFixtures.newIdNumber(LocalDate.of(1960, 1, 1).plusDays(n), Sex.FEMALE)));
        }
        PersonFixtures.registerAll(registry, many);
        RegistryView view = _get(RegistryView.class);
        _setValue(view.search, "大批导出");

        _click(_get(Button.class, spec -> spec.withId("export-persons")));
        ExportDialog dialog = _get(ExportDialog.class);

        assertThat(dialog.summary.getText()).startsWith("将导出 1,001 人").contains("请说明导出原因");
        assertThat(dialog.reason.isVisible()).isTrue();
        assertThat(dialog.download.isEnabled()).isFalse();
        _setValue(dialog.reason, "   ");
        assertThat(dialog.download.isEnabled()).isFalse();
        assertThat(dialog.reason.getErrorMessage()).as("the service's refusal, at the field")
                .isEqualTo("导出超过 1,000 人须说明原因");
        _setValue(dialog.reason, "核".repeat(PersonExport.REASON_LENGTH + 1));
        assertThat(dialog.download.isEnabled()).isFalse();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("不能超过 500 个字");
        _setValue(dialog.reason, "县卫健局季度核查");
        assertThat(dialog.download.isEnabled()).isTrue();
        assertThat(dialog.reason.isInvalid()).isFalse();
    }

    @Test
    void aSmallExportIsDownloadedWithoutAReason() {
        login("fujia.staff", RegistryView.class);
        registry.register(PersonFixtures.details("少量导出",
                PersonFixtures.newIdNumber(LocalDate.of(1961, 1, 1), Sex.MALE)));
        _setValue(_get(RegistryView.class).search, "少量导出");

        _click(_get(Button.class, spec -> spec.withId("export-persons")));
        ExportDialog dialog = _get(ExportDialog.class);

        assertThat(dialog.summary.getText()).startsWith("将导出 1 人");
        assertThat(dialog.reason.isVisible()).isFalse();
        assertThat(dialog.download.isEnabled()).isTrue();
    }

    private PersonImportDialog openImport() {
        _click(_get(Button.class, spec -> spec.withId("import-persons")));
        return _get(PersonImportDialog.class);
    }

    /** The import runs on a thread of its own and reports through the UI's queue, which a round trip runs. */
    private static void awaitResult(PersonImportDialog dialog) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!dialog.result.isVisible() && Instant.now().isBefore(deadline)) {
            MockVaadin.clientRoundtrip(false);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        MockVaadin.clientRoundtrip(false);
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }
}
