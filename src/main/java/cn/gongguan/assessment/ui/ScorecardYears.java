package cn.gongguan.assessment.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The years a scorecard page offers, and the year a link names ({@code ?year=2026}). */
final class ScorecardYears {

    static final String PARAMETER = "year";
    private static final int BACK = 5;

    private ScorecardYears() {
    }

    /** This year and the five before, newest first. */
    static List<Integer> around(int current) {
        return IntStream.rangeClosed(0, BACK).mapToObj(back -> current - back).toList();
    }

    /** The year the link names, if it names a number. */
    private static Optional<Integer> from(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(PARAMETER)
                .filter(text -> text.matches("\\d{4}")).map(Integer::valueOf);
    }

    /**
     * Shows the year the link names (one of the offered or, when valid, another added to them) or else keeps the
     * selection, and says whether the selection changed (its listener then shows the year).
     */
    static boolean choose(Select<Integer> select, BeforeEnterEvent event) {
        Optional<Integer> named = from(event).filter(year -> year >= 2000 && year <= 2100);
        if (named.isEmpty() || named.get().equals(select.getValue())) {
            return false;
        }
        List<Integer> offered = select.getListDataView().getItems().toList();
        if (!offered.contains(named.get())) {
            select.setItems(Stream.concat(offered.stream(), Stream.of(named.get()))
                    .sorted(Comparator.reverseOrder()).toList());
        }
        select.setValue(named.get());
        return true;
    }
}
