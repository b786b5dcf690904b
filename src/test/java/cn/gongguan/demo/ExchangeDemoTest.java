package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exchange's demo as its users meet it after a start in development mode. */
class ExchangeDemoTest extends UiTest {

    @Autowired
    Exchange exchange;

    @Test
    void fujiaAskedChengguanWhoIsLateAndTheCountySeesIt() {
        login("fujia.staff", HomeView.class);
        List<Message> sent = exchange.list(Exchange.Box.SENT,
                new Exchange.Filter(MessageKind.VERIFICATION, null, null, null), 0, 100);
        assertThat(sent).extracting(Message::personName).contains("李秀英", "何春燕", "马小兰", "苏建英");
        Message followedUp = sent.stream().filter(m -> m.personName().equals("何春燕") && m.threadId() != null)
                .findFirst().orElseThrow();
        assertThat(exchange.thread(followedUp.id())).hasSize(2).first().satisfies(m -> assertThat(m.isAnswered()).isTrue());
        logout();

        login("chengguan.admin", HomeView.class);
        assertThat(LocatorJ._get(Div.class, spec -> spec.withId("exchange-overdue-home")).getElement()
                .getTextRecursively()).contains("伏家镇", "已上报县级");
        logout();

        login("county.admin", HomeView.class);
        assertThat(exchange.escalations()).anySatisfy(e -> {
            assertThat(e.addressee()).isEqualTo("621227100");
            assertThat(e.sender()).isEqualTo("621227101");
        });
        long notice = exchange.list(Exchange.Box.SENT, new Exchange.Filter(MessageKind.NOTICE, null, null, null), 0, 100)
                .stream().filter(m -> m.title().startsWith("关于做好国庆期间")).findFirst().orElseThrow().id();
        assertThat(exchange.receipts(notice)).filteredOn(r -> r.readAt() != null)
                .extracting(Exchange.Receipt::addressee).containsExactlyInAnyOrder("621227100", "621227101");
    }
}
