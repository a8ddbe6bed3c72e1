namespace ArchiveSearch.Archive.Segmentation;

public enum LineKind
{
    /// <summary>A headline or sub-headline: short, with no sentence punctuation.</summary>
    Heading,

    /// <summary>A kicker under a headline, introduced by a dash: ——双辽市着力构建…综述.</summary>
    Kicker,

    Byline,

    /// <summary>Credit closing an article: 本报记者 杨丽娟, 袁春辉 李国恩.</summary>
    EndCredit,

    /// <summary>A photo credit: 本报通讯员 杨滢 摄.</summary>
    PhotoCredit,

    /// <summary>A picture label (图①为…, 图为…) or a one-sentence caption.</summary>
    Caption,

    /// <summary>A column label with its pinyin (双塔快讯 DUANXUN), marking that a new article follows.</summary>
    ColumnLabel,

    /// <summary>Page furniture with no text of its own to index: 核心提示, 设计制作:….</summary>
    Furniture,

    Body,

    /// <summary>Names that label the speaker of the text after them in a vox-pop or interview (个体户 赵刚).</summary>
    SpeakerLabel,
}
