package cn.gongguan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.rollup.FigureRecount;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No personal record reaches a county session: the county's administrator and governance group open every route the
 * application has (each township's and committee's dashboard among them), and nothing sent to their browser — texts,
 * properties, attributes, grid rows — holds a name or an ID number of any person of any township.
 */
class CountyPersonalDataUiTest extends UiTest {

    /**
     * The one page that shows a person to the county: a record opened under break-the-glass, with a reason, for a
     * limited time, audited in both units (BreakTheGlassUiTest); every other page, its log among them, must not.
     */
    private static final String BREAK_THE_GLASS = "glass/record";
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)\\??(\\([^)]*\\))?");

    @Autowired
    FigureRecount recount;

    @Test
    void noCountyViewShowsAnyPersonsNameOrIdNumber() {
        recount.recountDue();
        List<String> tenants = asOwner().sql("select code from platform.tenant where kind <> 'COUNTY' order by code")
                .query(String.class).list();
        List<String> personal = new ArrayList<>();
        for (String tenant : tenants) {
            asOwner().sql("select name, id_number from t_" + tenant + ".person").query((rs, row) -> {
                personal.add(rs.getString(1));
                personal.add(rs.getString(2).trim());
                return null;
            }).list();
        }
        assertThat(personal).as("the demo's persons").hasSizeGreaterThan(20);

        for (String username : List.of("county.admin", "county.governance")) {
            login(username, HomeView.class);
            Map<String, String> shown = walk(tenants);
            assertThat(shown).as(username + " opens the dashboards")
                    .containsKeys("", "dashboard", "dashboard/621227100", "dashboard/621227100001");
            if (username.equals("county.governance")) {
                assertThat(shown).as("the governance group's break-the-glass pages").containsKeys("glass", "glass/log");
            }
            shown.forEach((route, text) -> assertThat(personal).as(username + " at /" + route)
                    .noneMatch(text::contains));
            logout();
        }
    }

    /** Every route the user may open, with what it sent to the browser; a unit's routes once per unit. */
    private Map<String, String> walk(List<String> tenants) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (route.getTemplate().startsWith(BREAK_THE_GLASS)) {
                continue;
            }
            for (String path : paths(route.getTemplate(), tenants)) {
                try {
                    UI.getCurrent().navigate(path);
                } catch (RuntimeException | MockAccessDeniedException refused) {
                    // a route the role may not open, or one whose placeholder names nothing: nothing shown
                    continue;
                }
                StringBuilder text = new StringBuilder();
                collect(UI.getCurrent(), text);
                shown.put(path, text.toString());
            }
        }
        return shown;
    }

    private static List<String> paths(String template, List<String> tenants) {
        if (!template.contains(":code")) {
            return List.of(fill(template, null));
        }
        return tenants.stream().map(tenant -> fill(template, tenant)).toList();
    }

    private static String fill(String template, String tenant) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = switch (parameter.group(1)) {
                case "code" -> tenant;
                case "month" -> YearMonth.now(CountyTime.ZONE).toString();
                default -> "1";
            };
            parameter.appendReplacement(path, value);
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static void collect(Component component, StringBuilder text) {
        collect(component.getElement(), text);
        if (component instanceof Grid<?> grid) {
            for (int row = 0; row < Math.min(GridKt._size(grid), 1000); row++) {
                text.append(String.join("|", GridKt._getFormattedRow(grid, row))).append('\n');
            }
        }
        component.getChildren().forEach(child -> collect(child, text));
    }

    private static void collect(Element element, StringBuilder text) {
        text.append(element.getText()).append('\n');
        element.getPropertyNames().forEach(name -> text.append(element.getPropertyRaw(name)).append('\n'));
        element.getAttributeNames().forEach(name -> text.append(element.getAttribute(name)).append('\n'));
        element.getChildren().filter(child -> child.getComponent().isEmpty())
                .forEach(child -> collect(child, text));
    }
}
