package cn.gongguan.certificate.api.ui;

import cn.gongguan.certificate.api.ApiTokenLimits;
import cn.gongguan.certificate.api.ApiTokens;
import cn.gongguan.certificate.api.IssuedToken;
import cn.gongguan.certificate.api.NewToken;
import cn.gongguan.reference.Department;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;

/** A new API token for a department's system: its name, department and, if not the default, its limit per minute. */
class NewTokenDialog extends FormDialog<IssuedToken> {

    private final transient ApiTokens tokens;
    final TextField name;
    final EnumSelect<Department> department;
    final IntegerField perMinute = new IntegerField();

    NewTokenDialog(ApiTokens tokens) {
        super("api-token-save");
        this.tokens = tokens;
        setHeaderTitle(getTranslation("api.token.new"));
        name = required(ApiTokenLimits.NAME.field(), text(ApiTokenLimits.NAME, "api.token.name"));
        name.setId("api-token-name");
        name.setHelperText(getTranslation("api.token.name.helper"));
        department = required(ApiTokens.DEPARTMENT, new EnumSelect<>("api.token.department",
                Arrays.stream(Department.values()).filter(d -> d != Department.FAMILY_PLANNING).toList()));
        department.setId("api-token-department");
        field(ApiTokens.PER_MINUTE, perMinute);
        perMinute.setId("api-token-per-minute");
        perMinute.setLabel(getTranslation("api.token.perMinute"));
        perMinute.setMin(1);
        perMinute.setMax(ApiTokenLimits.MAX_PER_MINUTE);
        perMinute.setHelperText(getTranslation("api.token.perMinute.helper", tokens.defaultPerMinute()));
        addFields(name, department, perMinute);
    }

    @Override
    protected IssuedToken write() {
        return tokens.create(new NewToken(name.getValue(), department.getValue(), perMinute.getValue()));
    }
}
