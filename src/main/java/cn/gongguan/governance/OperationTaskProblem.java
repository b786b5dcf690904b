package cn.gongguan.governance;

/**
 * A person of a liaison's finding whom the registry refused when the township took the finding in: shown on the
 * task page for a person to register by hand.
 *
 * @param reasonKey the translation key of the registry's refusal
 */
public record OperationTaskProblem(long id, long findingId, String location, String liaisonName, String idNumber,
                                   String name, String phone, String reasonKey) {
}
