using System.Globalization;

namespace RatificationApi.Widgets;

/// <summary>
/// The map's own words in the six UN languages (the status words follow <see cref="Infrastructure.UiText"/>). Names of
/// States, instruments and regions never come from here.
/// </summary>
internal static class MapText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Text = new(StringComparer.Ordinal)
    {
        ["party"] = Words("طرف", "Party", "Parte", "Partie", "Участник", "缔约方"),
        ["signatory"] = Words("موقِّع (غير طرف)", "Signatory, not a party", "Signatario, no es parte", "Signataire, non partie", "Подписавшая сторона, не участник", "签署方（非缔约方）"),
        ["withdrawn"] = Words("منسحب", "Withdrawn", "Retirado", "Retrait", "Прекратил участие", "已退出"),
        ["not_party"] = Words("غير طرف", "Not a party", "No es parte", "Non partie", "Не является участником", "非缔约方"),
        ["undetermined"] = Words(
            "الحالة غير محددة (التاريخ غير معروف)",
            "Status not determined (date unknown)",
            "Situación no determinada (fecha desconocida)",
            "Situation indéterminée (date inconnue)",
            "Статус не установлен (дата неизвестна)",
            "状况无法确定（日期不详）"),
        ["not_participant"] = Words("ليس مشاركًا أو إقليم آخر", "Not a participant, or other territory", "No participante u otro territorio", "Non participant ou autre territoire", "Не участник или иная территория", "非参与方或其他领土"),
        ["legend"] = Words("مفتاح الخريطة", "Legend", "Leyenda", "Légende", "Условные обозначения", "图例"),
        ["status_on"] = Words("الحالة في {0}", "Status on {0}", "Situación al {0}", "Situation au {0}", "Положение на {0}", "截至{0}的状况"),
        ["title"] = Words("{0}: الحالة في {1}", "{0}: status on {1}", "{0}: situación al {1}", "{0} : situation au {1}", "{0}: положение на {1}", "{0}：截至{1}的状况"),
        ["title_region"] = Words("{0}، {1}: الحالة في {2}", "{0}, {1}: status on {2}", "{0}, {1}: situación al {2}", "{0}, {1} : situation au {2}", "{0}, {1}: положение на {2}", "{0}，{1}：截至{2}的状况"),
        ["data_source"] = Words(
            "البيانات: مجموعة معاهدات الأمم المتحدة (الأمين العام بصفته الوديع) والمصادر المذكورة في بيانات RatificationApi.",
            "Data: UN Treaty Collection (the Secretary-General as depositary) and the sources cited in the RatificationApi data.",
            "Datos: Colección de Tratados de las Naciones Unidas (el Secretario General como depositario) y las fuentes citadas en los datos de RatificationApi.",
            "Données : Collection des traités des Nations Unies (le Secrétaire général, dépositaire) et les sources citées dans les données de RatificationApi.",
            "Данные: Сборник договоров ООН (Генеральный секретарь как депозитарий) и источники, указанные в данных RatificationApi.",
            "数据：联合国条约集（秘书长作为保存人）及 RatificationApi 数据所引来源。"),
        ["geometry_source"] = Words(
            "الخريطة: Natural Earth (ملك عام)، إسقاط Equal Earth. لا تعني الحدود المبينة أي موقف من وضع أي إقليم.",
            "Map: Natural Earth (public domain), Equal Earth projection. The boundaries shown imply no position on the status of any territory.",
            "Mapa: Natural Earth (dominio público), proyección Equal Earth. Las fronteras representadas no implican postura alguna sobre la condición de ningún territorio.",
            "Carte : Natural Earth (domaine public), projection Equal Earth. Les frontières représentées n’impliquent aucune position sur le statut d’un territoire.",
            "Карта: Natural Earth (общественное достояние), проекция Equal Earth. Показанные границы не означают какой-либо позиции в отношении статуса территорий.",
            "地图：Natural Earth（公有领域），Equal Earth 投影。所示边界不代表对任何领土地位的立场。"),
    };

    public static string Get(string key, string lang) => Text[key][lang];

    public static string Format(string key, string lang, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, lang), values);

    /// <summary>The keys, for a test that every one has all six languages.</summary>
    public static IEnumerable<string> Keys => Text.Keys;

    private static Dictionary<string, string> Words(string ar, string en, string es, string fr, string ru, string zh) =>
        new(StringComparer.Ordinal) { ["ar"] = ar, ["en"] = en, ["es"] = es, ["fr"] = fr, ["ru"] = ru, ["zh"] = zh };
}
