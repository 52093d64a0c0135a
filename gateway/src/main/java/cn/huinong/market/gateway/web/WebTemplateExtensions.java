package cn.huinong.market.gateway.web;

import cn.huinong.market.gateway.client.Named;
import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What templates need besides the data: the name in the reader's language, money in yuan, China dates. */
@TemplateExtension
public class WebTemplateExtensions {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The English name when the reader chose English and there is one, else the Chinese name. */
    static String name(Named named, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        boolean english = locale instanceof Locale l && "en".equals(l.getLanguage());
        String en = named.nameEn();
        return english && en != null && !en.isBlank() ? en : named.nameZh();
    }

    /** Fen as yuan with two decimals, e.g. 4500 → "¥45.00"; never through floating point. */
    static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + "¥" + abs / 100 + "." + String.format("%02d", abs % 100);
    }

    static String yuan(Long fen) {
        return fen == null ? "—" : yuan(fen.longValue());
    }

    static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String chinaTime(OffsetDateTime time) {
        return time == null ? "—" : time.atZoneSameInstant(CHINA).format(DAY_TIME);
    }
}
