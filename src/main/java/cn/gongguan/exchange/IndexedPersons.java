package cn.gongguan.exchange;

import java.util.List;

/**
 * The persons of the bound tenant as the person index should hold them, for {@link PersonIndexPass}: implemented by
 * the feature that knows both the registry and the trips away, so that the exchange depends on neither.
 */
public interface IndexedPersons {

    /** The persons whose id is above {@code afterId}, at most {@code limit}, in id order, each with its holding. */
    List<PersonIndex.Entry> after(long afterId, int limit);
}
