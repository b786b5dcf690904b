package cn.gongguan.registry;

/** The record was saved by someone else since it was opened; nothing is overwritten. */
public class PersonChangedException extends RuntimeException {

    private final String changedBy;

    PersonChangedException(String changedBy) {
        super("The person was changed by " + changedBy + " since it was opened");
        this.changedBy = changedBy;
    }

    public String changedBy() {
        return changedBy;
    }
}
