package cn.gongguan.registry;

/**
 * What an import did.
 *
 * @param errorWorkbook the rejected rows as they were, each wrong cell marked with its reason; null when none
 */
public record ImportResult(int imported, int alreadyRegistered, int rejected, byte[] errorWorkbook) {
}
