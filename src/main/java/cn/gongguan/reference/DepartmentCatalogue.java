package cn.gongguan.reference;

import cn.gongguan.security.AccountDepartments;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The departments a liaison account may speak for: every one but family planning, the county's own office. */
@Component
class DepartmentCatalogue implements AccountDepartments {

    @Override
    public List<String> codes() {
        return Arrays.stream(Department.values()).filter(d -> d != Department.FAMILY_PLANNING).map(Enum::name)
                .toList();
    }
}
