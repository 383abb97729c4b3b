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
        ["not_parties_by_region"] = Words(
            "الدول الأعضاء في الأمم المتحدة غير الأطراف في {0}، حسب المنطقة ({1})",
            "UN Member States not parties on {0}, by region ({1})",
            "Estados Miembros de las Naciones Unidas que no son partes al {0}, por región ({1})",
            "États Membres de l’ONU non parties au {0}, par région ({1})",
            "Государства — члены ООН, не являющиеся участниками на {0}, по регионам ({1})",
            "截至{0}非缔约方的联合国会员国，按区域分列（{1}）"),
        ["gap"] = Words("الدول الأعضاء غير الأطراف", "Member States not parties", "Estados Miembros que no son partes", "États Membres non parties", "Государства-члены, не являющиеся участниками", "非缔约方的会员国"),
        ["n_of_m"] = Words("{0} من أصل {1}", "{0} of {1}", "{0} de {1}", "{0} sur {1}", "{0} из {1}", "{1}个中的{0}个"),
        ["adoption"] = Words("عند اعتماد القرار، {0}", "At adoption, {0}", "En la aprobación, {0}", "À l’adoption, {0}", "На момент принятия, {0}", "通过时，{0}"),
        ["today"] = Words("اليوم، {0}", "Today, {0}", "Hoy, {0}", "Aujourd’hui, {0}", "Сегодня, {0}", "今天，{0}"),
        ["resolution_intro"] = Words(
            "الصكوك الخمسة التي تحث الجمعية العامة الدول على الانضمام إليها في الفقرتين 1 و2 من القرار، والفجوة في التصديق عليها يوم اعتماده واليوم.",
            "The five instruments that paragraphs 1 and 2 of the resolution urge States to join, and the ratification gap on the day it was adopted and today.",
            "Los cinco instrumentos a los que los párrafos 1 y 2 de la resolución instan a los Estados a adherirse, y la brecha de ratificación el día de su aprobación y hoy.",
            "Les cinq instruments auxquels les paragraphes 1 et 2 de la résolution engagent les États à adhérer, et l’écart de ratification le jour de son adoption et aujourd’hui.",
            "Пять документов, к которым пункты 1 и 2 резолюции призывают государства присоединиться, и пробел в ратификации в день ее принятия и сегодня.",
            "决议第1和第2段敦促各国加入的五项文书，以及决议通过之日和今天的批准缺口。"),
        ["map_alt"] = Words(
            "خريطة العالم لحالة {0} في {1}: {2}",
            "World map of {0} on {1}: {2}",
            "Mapa mundial de {0} al {1}: {2}",
            "Carte du monde de {0} au {1} : {2}",
            "Карта мира: {0} на {1}: {2}",
            "{0}截至{1}的世界地图：{2}"),
    };

    public static string Get(string key, string lang) => Text[key][lang];

    public static string Format(string key, string lang, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, lang), values);

    /// <summary>The keys, for a test that every one has all six languages.</summary>
    public static IEnumerable<string> Keys => Text.Keys;

    private static Dictionary<string, string> Words(string ar, string en, string es, string fr, string ru, string zh) =>
        new(StringComparer.Ordinal) { ["ar"] = ar, ["en"] = en, ["es"] = es, ["fr"] = fr, ["ru"] = ru, ["zh"] = zh };
}
