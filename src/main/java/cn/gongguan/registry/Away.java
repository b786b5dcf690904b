package cn.gongguan.registry;

/**
 * Whether a person of the registry is away on a trip now: the outflow registration knows, the registry does not. The
 * registry asks it when a person's flow type is changed to outflow by an edit, to tell the person index the truth.
 */
public interface Away {

    /** Whether the person (of the bound tenant) is away on a trip not closed by a return; in the caller's transaction. */
    boolean isAway(long personId);
}
