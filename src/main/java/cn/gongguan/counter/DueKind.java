package cn.gongguan.counter;

import cn.gongguan.platform.Labelled;

/** What can be due for a person who comes to the counter, each done right there. */
public enum DueKind implements Labelled {
    /** An outflow person without a valid marriage-and-childbearing certificate: the township issues one. */
    ISSUE_CERTIFICATE,
    /** An inflow person whose certificate is not checked, or expired: checked and recorded in the registry. */
    CHECK_CERTIFICATE,
    /** 一访: a person living here not visited yet. */
    VISIT,
    /** 二送: the service card (and, for a woman of childbearing age without a certificate, the notice) not delivered. */
    DELIVERY,
    /** 六个一 ⑤: an outflow person away without a reproductive-health service this quarter. */
    HEALTH_SERVICE,
    /** A question of the exchange about the person not answered, or a notice about them not read. */
    MESSAGE;

    @Override
    public String labelKey() {
        return "counter.due." + name();
    }
}
