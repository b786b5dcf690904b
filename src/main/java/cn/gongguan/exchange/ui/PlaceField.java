package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Picks the place a question goes to, by typing part of its name: first the units of this county that work in this
 * system (townships and residents' committees, not the own unit), then any township of China, which is reached through
 * the national platform when it is not a unit here. The value is the place's division code.
 */
class PlaceField extends ComboBox<String> {

    PlaceField(Divisions divisions, TenantRegistry tenants, Places places, String labelKey) {
        setLabel(getTranslation(labelKey));
        setPlaceholder(getTranslation("person.registrationPlace.placeholder"));
        TenantCode me = TenantContext.current();
        TenantCode county = TenantCode.of(me.value().substring(0, 6));
        var units = tenants.subtree(county).stream().filter(t -> t.parent() != null && !t.code().equals(me)).toList();
        Set<String> unitCodes = units.stream().map(t -> t.code().value()).collect(Collectors.toSet());
        setItems(query -> {
            String text = query.getFilter().orElse("").strip().toLowerCase(Locale.ROOT);
            Stream<String> own = units.stream().filter(t -> t.name().contains(text) || t.code().value().startsWith(text))
                    .map(Tenant::code).map(TenantCode::value);
            Stream<String> others = divisions.searchTownships(text).map(Division::code)
                    .filter(code -> !unitCodes.contains(code) && !code.equals(me.value()));
            return Stream.concat(own, others).skip(query.getOffset()).limit(query.getLimit());
        });
        setItemLabelGenerator(places::name);
    }
}
