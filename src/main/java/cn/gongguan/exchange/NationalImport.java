package cn.gongguan.exchange;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ImportRow;
import cn.gongguan.workbook.ImportThreads;
import cn.gongguan.workbook.TemplateColumn;
import cn.gongguan.workbook.WorkbookImport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Imports a file of the national platform (XLSX or CSV, docs/national-exchange.md), with the machinery every import
 * shares ({@link WorkbookImport}): requests addressed to this unit become inbox items, replies to the unit's messages
 * are recorded on them, receipts acknowledge what the unit exported. Idempotent: a request is known by its platform
 * number, a reply identical to the one recorded and a receipt already taken change nothing, so the same file
 * imported twice adds nothing. Every bad row comes back with its reason at the cell.
 */
@Service
public class NationalImport extends WorkbookImport<NationalRow> {

    private final NationalImportWriter writer;
    private final Places places;
    private final AuditTrail audit;
    private final Today today;

    NationalImport(NationalImportWriter writer, Places places, AuditTrail audit, Today today,
                   NationalSettings settings, ImportThreads threads) {
        super(threads, settings.importMaxRows(), settings.importMaxSize());
        this.writer = writer;
        this.places = places;
        this.audit = audit;
        this.today = today;
    }

    @Override
    public boolean acceptsCsv() {
        return true;
    }

    @Override
    protected List<TemplateColumn> columns() {
        return Arrays.stream(NationalColumn.values()).map(NationalColumn::column).toList();
    }

    /** The template is the file itself, empty: its header is the file's own, in Chinese whatever the user reads. */
    @Override
    public void writeTemplate(Texts translate, OutputStream out) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (NationalColumn column : NationalColumn.values()) {
            headers.put(column.column().labelKey(), column.header());
        }
        super.writeTemplate((key, arguments) -> headers.containsKey(key) ? headers.get(key) : translate.get(key, arguments),
                out);
    }

    @Override
    protected String sheetKey() {
        return "national.sheet";
    }

    @Override
    protected List<String> noteKeys() {
        return List.of("national.import.hint", "national.import.categories", "national.import.again");
    }

    @Override
    protected Run<NationalRow> begin(Texts translate) {
        CurrentUser.inRole(NationalBridge.USERS, "import the national platform's file");
        return new FileRun();
    }

    /** One import under way; it remembers the requests and replies of the file so far. */
    private final class FileRun implements Run<NationalRow> {
        private final String me = TenantContext.current().value();
        private final LocalDate day = today.date();
        /** Each request (platform number) or reply (category and local number) of the file, and its first row. */
        private final Map<String, Integer> seenInFile = new HashMap<>();

        @Override
        public NationalRow blank() {
            return new NationalRow();
        }

        @Override
        public void read(ImportRow<NationalRow> row) {
            row.read(row.cell(NationalColumn.CATEGORY.ordinal()),
                    text -> NationalColumn.CATEGORY.read(row.details(), text, day));
            for (NationalColumn column : NationalColumn.values()) {
                if (column != NationalColumn.CATEGORY) {
                    row.read(row.cell(column.ordinal()), text -> column.read(row.details(), text, day));
                }
            }
        }

        @Override
        public List<ImportRow<NationalRow>> check(List<ImportRow<NationalRow>> rows) {
            Set<String> known = writer.knownNumbers(rows.stream().map(ImportRow::details)
                    .filter(r -> r.category.isQuestion()).map(r -> r.platformNumber).toList());
            Map<Long, NationalImportWriter.Found> messages = writer.messages(rows.stream().map(ImportRow::details)
                    .filter(r -> !r.category.isQuestion()).map(r -> r.localNumber).toList());
            List<ImportRow<NationalRow>> toWrite = new ArrayList<>();
            for (ImportRow<NationalRow> row : rows) {
                try {
                    if (isNew(row, known, messages)) {
                        toWrite.add(row);
                    }
                } catch (InvalidInputException refusal) {
                    row.refuse(refusal);
                }
            }
            return toWrite;
        }

        /** Whether the row changes anything; refused when it may not. */
        private boolean isNew(ImportRow<NationalRow> row, Set<String> known,
                              Map<Long, NationalImportWriter.Found> messages) {
            NationalRow r = row.details();
            String key = r.category.isQuestion() ? "request " + r.platformNumber : r.category + " " + r.localNumber;
            Integer earlier = seenInFile.putIfAbsent(key, row.number());
            if (earlier != null) {
                throw refusal(r.category.isQuestion() ? NationalColumn.PLATFORM_NUMBER : NationalColumn.LOCAL_NUMBER,
                        "national.import.repeatedInFile", earlier);
            }
            return switch (r.category) {
                case VERIFICATION, FEEDBACK -> isNewRequest(r, known);
                case REPLY -> isNewReply(r, messages.get(r.localNumber));
                case RECEIPT -> isNewReceipt(r, messages.get(r.localNumber));
                case NOTICE -> throw new IllegalStateException("A bulletin is refused when its category is read");
            };
        }

        private boolean isNewRequest(NationalRow r, Set<String> known) {
            if (!r.addresseeCode.equals(me)) {
                throw refusal(NationalColumn.ADDRESSEE_CODE, "national.import.notForUs", me);
            }
            if (places.isTenant(r.senderCode)) {
                throw refusal(NationalColumn.SENDER_CODE, "national.import.senderInSystem");
            }
            return !known.contains(r.platformNumber);
        }

        /** A reply to a message this unit sent to the place the row names, which is outside this system. */
        private boolean isNewReply(NationalRow r, NationalImportWriter.Found found) {
            Message message = found == null ? null : found.message();
            if (message == null || !message.sender().equals(me) || !message.sender().equals(r.senderCode)
                    || !message.addressee().equals(r.addresseeCode) || places.isTenant(message.addressee())
                    || !message.kind().isAnswered()) {
                throw refusal(NationalColumn.LOCAL_NUMBER, "national.import.localNumber.unknown");
            }
            samePerson(r, message);
            r.message = message;
            r.result = result(r, message.kind());
            if (r.answer.isEmpty() && (r.result == null || r.result.equals(VerificationResult.OTHER.name()))) {
                throw refusal(NationalColumn.ANSWER, "validation.required");
            }
            LocalDate sentOn = LocalDate.ofInstant(message.sentAt(), CountyTime.ZONE);
            if (r.answeredOn.isBefore(sentOn)) {
                throw refusal(NationalColumn.ANSWERED_ON, "national.import.beforeSent", sentOn.toString());
            }
            if (message.isAnswered()) {
                sameReply(r, found);
                return false;
            }
            if (found.threadClosed()) {
                throw refusal(NationalColumn.LOCAL_NUMBER, "national.import.closed");
            }
            return true;
        }

        /** A reply imported again is skipped; a different one is refused at the first cell that differs. */
        private void sameReply(NationalRow r, NationalImportWriter.Found found) {
            Message message = found.message();
            String answered = LocalDate.ofInstant(message.answeredAt(), CountyTime.ZONE).toString();
            NationalColumn differs = !Objects.equals(r.result, message.result()) ? NationalColumn.RESULT
                    : !Objects.equals(r.answer, Objects.requireNonNullElse(found.answerText(), "")) ? NationalColumn.ANSWER
                    : !r.answeredOn.toString().equals(answered) ? NationalColumn.ANSWERED_ON : null;
            if (differs != null) {
                throw refusal(differs, "national.import.otherReply", answered);
            }
        }

        /** A receipt of something this unit exported: its question to a place outside, or its answer to one. */
        private boolean isNewReceipt(NationalRow r, NationalImportWriter.Found found) {
            Message message = found == null ? null : found.message();
            if (message == null || !message.sender().equals(r.senderCode)
                    || !message.addressee().equals(r.addresseeCode) || message.outboxState() == null) {
                throw refusal(NationalColumn.LOCAL_NUMBER, "national.import.localNumber.unknown");
            }
            samePerson(r, message);
            if (message.outboxState() == OutboxState.WAITING) {
                throw refusal(NationalColumn.LOCAL_NUMBER, "national.import.notExported");
            }
            r.message = message;
            return message.outboxState() == OutboxState.EXPORTED;
        }

        /** An ID number given on a reply or receipt is the message's: a mistyped local number is caught. */
        private void samePerson(NationalRow r, Message message) {
            if (r.idNumber != null && !r.idNumber.equals(message.idNumber())) {
                throw refusal(NationalColumn.ID_NUMBER, "national.import.otherPerson", message.id());
            }
        }

        /** The reply's result read against the code list of the message's kind: required for a verification. */
        private String result(NationalRow r, MessageKind kind) {
            TemplateColumn column = NationalColumn.RESULT.column();
            if (kind == MessageKind.VERIFICATION) {
                if (r.resultText.isEmpty()) {
                    throw refusal(NationalColumn.RESULT, "validation.required");
                }
                return NationalCodes.result(column, r.resultText).name();
            }
            return r.resultText.isEmpty() ? null : NationalCodes.outcome(column, r.resultText).name();
        }

        private InvalidInputException refusal(NationalColumn column, String key, Object... arguments) {
            return new InvalidInputException(column.column().field(), key, arguments);
        }

        @Override
        public List<Outcome> write(List<ImportRow<NationalRow>> rows) {
            return writer.write(rows.stream().map(ImportRow::details).toList());
        }

        @Override
        public void finished(ImportResult result) {
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.NATIONAL_IMPORTED,
                    "exchange_message", result.added() + " requests added, " + result.updated()
                            + " replies or receipts recorded, " + result.unchanged() + " already imported, "
                            + result.rejected() + " rejected", null);
        }
    }
}
