package cn.gongguan.benchmark;

import cn.gongguan.reference.Sex;
import java.util.Random;

/**
 * Realistic Chinese names: a surname drawn from the hundred most common with a Zipf-like weight (王, 李 and 张 about
 * 7 % each, the hundredth about 0.3 %), and a given name of one or two characters common for the person's sex.
 */
final class ChineseNames {

    /** The hundred most common surnames, most common first. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余"
            + "于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武"
            + "钱戴严莫孔向汤";
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林建国峰志文东海亮成兵晨";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀英燕玲桂丹萍红玉兰梅琳雪倩婷慧颖洁佳欣悦晶蓉莉琴云凤婉瑶";
    private static final String EITHER = "子晓春小永金天思雨嘉俊文家一";

    private final double[] cumulative = new double[SURNAMES.length()];

    ChineseNames() {
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1.0 / (rank + 4);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= sum;
        }
    }

    String next(Random random, Sex sex) {
        StringBuilder name = new StringBuilder().append(surname(random));
        String common = sex == Sex.MALE ? MALE : FEMALE;
        if (random.nextInt(4) == 0) {
            return name.append(pick(random, common)).toString();
        }
        name.append(random.nextInt(3) == 0 ? pick(random, EITHER) : pick(random, common));
        return name.append(pick(random, common)).toString();
    }

    private char surname(Random random) {
        double draw = random.nextDouble();
        for (int rank = 0; rank < cumulative.length; rank++) {
            if (draw < cumulative[rank]) {
                return SURNAMES.charAt(rank);
            }
        }
        return SURNAMES.charAt(cumulative.length - 1);
    }

    private static char pick(Random random, String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
