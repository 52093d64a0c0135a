package cn.huinong.market.gateway.web.buyer;

import java.util.List;

/** China's provinces by their GB/T 2260 two-digit code, as order-service's addresses and quotes name them. */
public final class Provinces {

    public record Province(String code, String nameZh,
            String nameEn) implements cn.huinong.market.gateway.client.Named {
    }

    public static final List<Province> ALL = List.of(
            new Province("11", "北京", "Beijing"), new Province("12", "天津", "Tianjin"),
            new Province("13", "河北", "Hebei"), new Province("14", "山西", "Shanxi"),
            new Province("15", "内蒙古", "Inner Mongolia"), new Province("21", "辽宁", "Liaoning"),
            new Province("22", "吉林", "Jilin"), new Province("23", "黑龙江", "Heilongjiang"),
            new Province("31", "上海", "Shanghai"), new Province("32", "江苏", "Jiangsu"),
            new Province("33", "浙江", "Zhejiang"), new Province("34", "安徽", "Anhui"),
            new Province("35", "福建", "Fujian"), new Province("36", "江西", "Jiangxi"),
            new Province("37", "山东", "Shandong"), new Province("41", "河南", "Henan"),
            new Province("42", "湖北", "Hubei"), new Province("43", "湖南", "Hunan"),
            new Province("44", "广东", "Guangdong"), new Province("45", "广西", "Guangxi"),
            new Province("46", "海南", "Hainan"), new Province("50", "重庆", "Chongqing"),
            new Province("51", "四川", "Sichuan"), new Province("52", "贵州", "Guizhou"),
            new Province("53", "云南", "Yunnan"), new Province("54", "西藏", "Tibet"),
            new Province("61", "陕西", "Shaanxi"), new Province("62", "甘肃", "Gansu"),
            new Province("63", "青海", "Qinghai"), new Province("64", "宁夏", "Ningxia"),
            new Province("65", "新疆", "Xinjiang"));

    private Provinces() {
    }

    public static boolean known(String code) {
        return ALL.stream().anyMatch(p -> p.code().equals(code));
    }
}
