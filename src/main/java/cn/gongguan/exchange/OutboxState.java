package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/**
 * Where a message to a place outside this system (or an answer to one) stands on its way through the national
 * platform's files.
 */
public enum OutboxState implements Labelled {
    /** 待导出: waiting for the next exported batch. */
    WAITING,
    /** 已导出: in a batch exported (its number on the message). */
    EXPORTED,
    /** 已确认: the national platform acknowledged it (or replied). */
    ACKNOWLEDGED;

    @Override
    public String labelKey() {
        return "exchange.outbox." + name();
    }
}
