package cn.gongguan.benchmark;

import cn.gongguan.reference.Pinyin;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFilter;
import java.util.List;
import java.util.function.Function;

/**
 * One kind of registry query as a user makes it in the registry view, drawn afresh from a registered person for each
 * call (so a search finds that person and whoever shares the prefix).
 *
 * @param targetMs the p95 the issue asks for, or 0 where it names none
 */
record SearchCase(String label, double targetMs, Function<PersonDetails, PersonFilter> filter) {

    static final double ID_LOOKUP = 5;
    static final double NAME_SEARCH = 50;
    static final double FILTERED_PAGE = 100;

    static List<SearchCase> all() {
        return List.of(
                new SearchCase("ID number, all 18 digits", ID_LOOKUP, p -> search(p.getIdNumber())),
                new SearchCase("ID number prefix, 10 digits (region + birth year)", NAME_SEARCH,
                        p -> search(p.getIdNumber().substring(0, 10))),
                new SearchCase("name prefix: surname + first given character (e.g. 张伟)", NAME_SEARCH,
                        p -> search(p.getName().substring(0, 2))),
                new SearchCase("full pinyin (e.g. zhangwei)", NAME_SEARCH, p -> search(Pinyin.of(p.getName()).full())),
                new SearchCase("pinyin initials (e.g. zw)", NAME_SEARCH,
                        p -> search(Pinyin.of(p.getName()).initials())),
                new SearchCase("no filter (the view opened)", FILTERED_PAGE, p -> PersonFilter.ALL),
                new SearchCase("village + flow type", FILTERED_PAGE,
                        p -> new PersonFilter(null, p.getOrgUnit(), p.getFlowType(), null)),
                new SearchCase("certificate not checked", FILTERED_PAGE,
                        p -> new PersonFilter(null, null, null, false)),
                new SearchCase("inflow, certificate not checked", FILTERED_PAGE,
                        p -> new PersonFilter(null, null, FlowType.INFLOW, false)),
                new SearchCase("surname + village (e.g. 王 in 先农村委会)", FILTERED_PAGE,
                        p -> new PersonFilter(p.getName().substring(0, 1), p.getOrgUnit(), null, null)),
                new SearchCase("pinyin initials + village + flow type", FILTERED_PAGE,
                        p -> new PersonFilter(Pinyin.of(p.getName()).initials(), p.getOrgUnit(),
                                p.getFlowType(), null)));
    }

    private static PersonFilter search(String text) {
        return new PersonFilter(text, null, null, null);
    }
}
