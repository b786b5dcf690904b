package cn.gongguan.registry;

/** A person with this ID number is already registered in the tenant: the existing record is offered instead. */
public class DuplicatePersonException extends RuntimeException {

    private final long existingId;
    private final String existingName;

    DuplicatePersonException(long existingId, String existingName) {
        super("A person with this ID number is already registered: " + existingId);
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public long existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}
