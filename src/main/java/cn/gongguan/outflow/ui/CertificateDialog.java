package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.CertificateDetails;
import cn.gongguan.outflow.sixones.CertificateIssue;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.outflow.sixones.SixOnesLimits;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

/** 六个一 ④: issues the marriage-and-childbearing certificate to a person, or corrects one issued. */
public class CertificateDialog extends FormDialog<CertificateIssue> {

    private static final int DEFAULT_VALIDITY_YEARS = 3;

    final TextField number = text(SixOnesLimits.CERTIFICATE_NUMBER, "sixOnes.certificate.number");
    final DatePicker issuedOn = required("issuedOn", new DatePicker());
    final DatePicker validUntil = required("validUntil", new DatePicker());
    private final transient Certificates certificates;
    private final long personId;
    private Long certificateId;
    private long version = -1;

    public CertificateDialog(Certificates certificates, Today today, Person person) {
        super("save-certificate");
        this.certificates = certificates;
        this.personId = person.getId();
        setHeaderTitle(getTranslation("sixOnes.certificate.title", person.getName()));
        number.setId("certificate-number");
        issuedOn.setLabel(getTranslation("sixOnes.certificate.issuedOn"));
        issuedOn.setId("certificate-issued-on");
        issuedOn.setValue(today.date());
        issuedOn.setMax(today.date());
        validUntil.setLabel(getTranslation("sixOnes.certificate.validUntil"));
        validUntil.setId("certificate-valid-until");
        validUntil.setValue(today.date().plusYears(DEFAULT_VALIDITY_YEARS));
        addFields(number, issuedOn, validUntil);
    }

    /** Opens the form on a certificate issued earlier, to correct it. */
    CertificateDialog editing(CertificateIssue certificate) {
        certificateId = certificate.getId();
        version = certificate.getVersion();
        number.setValue(certificate.getNumber());
        issuedOn.setValue(certificate.getIssuedOn());
        validUntil.setValue(certificate.getValidUntil());
        reloadWith(() -> certificates.of(personId).stream().filter(c -> c.getId().equals(certificate.getId()))
                .findFirst().ifPresent(this::editing));
        return this;
    }

    @Override
    protected CertificateIssue write() {
        return certificates.save(personId, certificateId, version,
                new CertificateDetails(number.getValue(), issuedOn.getValue(), validUntil.getValue()));
    }
}
