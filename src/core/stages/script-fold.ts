/**
 * Traditional → simplified folding for MATCHING only (the text people see, and every offset, stay the original):
 * the traditional characters that occur in 对照检查材料 and the vocabulary the engine matches, one for one (all in
 * the BMP, so a folded string has the same length and offsets as the original). Characters that are also normal
 * simplified characters (著, 乾, 瞭, 藉, 餘…) are left out, so simplified text never changes.
 */
const TRAD =
  '問題習黨學會組織檢對關於與為這個們來時從實際發員導幹報議論設計義國華進現過還經濟體務動責擔當專項領風紀規潔權職爭鬥歷傳統' +
  '級線練續總結絡給細紅約純綜維網緊縣區鄉鎮機構標準樣樹橫檔歡樂氣決況減淺滿漸潛灣熱無爲獻產畫瘡盡監盤眾礎確禮祿種稱積穩窮競' +
  '筆節範簡類糧繫繼罰聯聖聽肅脅脫腦興舉舊莊萬葉蓋藝處號蘇衛補裝見視覺覽觀觸訂認討訓記許訪評試詩話該詳誠誤說誰調談請諾謀謝證' +
  '識譜護讀變讓讚貞負財貢貧貨貫貴買費資賊賞質賴購贏趨躍車軍輕較輔輝輸轉辦辭農逹達運違遠適選遺邊鄧鄭醫釋針鋼錯錄鍊鏈鐵長門開' +
  '閒間閱闖陣陳陸陽隊階隨險隱雜難雲電靈韌頁頂順須預頑頻額顧顯飛飯飽養館馬驗驕髮鬆魚鳥麼點齊齡龍億優倆偉側備傑傷僅價儀兒兩內' +
  '劃則剛創劍勞勢勵勸協卻厲參啟單喪嚴團圍圖圓執堅場壓壞壯壽奮奪婦媽孫寧寬審寫將尋層屆屬島崗幣帥師帳幫庫廳廣張彈強彙後徑復徵' +
  '恥惡惱愛態慣慮慶憂憑應懷懸戰戲據擊擴擺擾攜敗敵數斷昇曉曆書東條棄極榮槍業樓樞歲歸殘殺殼毀沒測湧溝滅滯漢濫災營爺牆犧狀獨獲' +
  '環甦畢異療癥盜祕禍離穀築簽籌緒編緩縮績繞纖罷羅聞聲膽臨艱蔣薦蕭藥蟲術衝裏製複襲親訴診詞詢課諸講謹譏豐貪貼賀賣賢贊跡踐蹤軟' +
  '載輪辯迴遞遲邁鄰醜鍛鎖鑒鑑閉闊闡陰隸雙雞顆願飾騙驅驚鬧麗黃齒剝紛紮絕絲綠緣縱繩罵膚艦蓮誌謂譽贈趕輩轄遷錢鍵閣陝靜響頭顏餓' +
  '駐麥齋爾幾僞偽綱鞏戀懲懶懼擇擬攔攤敘斂朧樸歐殲漲灑燈燒爛猶獄瑣璽礙穫窩竊筍糾紋紡終絆綁綿緻縫繳聰腫膩臉艷蘭虛蝕裡訊詐誇誘' +
  '諧謊謙謠譴豬賬賭贓踴軌輯遜醞釀鈍銷鋪鑄閃閑雖霧韓頒頓頹顛颱餅騎騰驟鬱鹽龜岡嶺廢廟彎徹憲懇擁攝攬曠楊歎毆漁濃濕瀆爐犢獎畝瘋' +
  '癡盞矯碼稅穎籃粵緝縛繪聳臟荊蘊虧蠻衆襯訣註詠誼諒諜謬譯貿賄賜賦贍躉輿辮遙邏釘鈔鉛銀銳鋒錦鍋鏡鐘闢隴雛靂韋頌頗颳饒駛驢鬍魯' +
  '鳴鴻鵬麵噸嚮囑壇墾奧妝孿賽寵屜巔幟廬徠悅惻愜慚慘憫憤懺捨掃掙揮損搖撐撥擋擠擲攏斃暈暢暫曬棗棟樑橋檯櫃殯氫汙涇淚淨渙溫滬滲' +
  '潰澤濤瀉瀕烏煉煙煩燦燭犖獅瑪甕疊痺瘧癢皚盧睜瞞礦禱稈稟穌窯竄竅箏篩簾籤粧糞紳絨綵綢綫緯縷繃繡罈翹聶脈脹膠艙芻蒼蔔蕩薑藍蘆' +
  '蘋虜蠶衊襪覓訛詛詭誕諭謎譁豈豎賑賓贅蹺軀轟郵鄒醬鈕鉤鋁錶鍾鎊鏟鑰閘閩闌隕雋霽靚韻頰頸顱飄餵饑駁駱騷驛骯鬢鯉鵝鶴鹹黴龐';
const SIMP =
  '问题习党学会组织检对关于与为这个们来时从实际发员导干报议论设计义国华进现过还经济体务动责担当专项领风纪规洁权职争斗历传统' +
  '级线练续总结络给细红约纯综维网紧县区乡镇机构标准样树横档欢乐气决况减浅满渐潜湾热无为献产画疮尽监盘众础确礼禄种称积稳穷竞' +
  '笔节范简类粮系继罚联圣听肃胁脱脑兴举旧庄万叶盖艺处号苏卫补装见视觉览观触订认讨训记许访评试诗话该详诚误说谁调谈请诺谋谢证' +
  '识谱护读变让赞贞负财贡贫货贯贵买费资贼赏质赖购赢趋跃车军轻较辅辉输转办辞农达达运违远适选遗边邓郑医释针钢错录炼链铁长门开' +
  '闲间阅闯阵陈陆阳队阶随险隐杂难云电灵韧页顶顺须预顽频额顾显飞饭饱养馆马验骄发松鱼鸟么点齐龄龙亿优俩伟侧备杰伤仅价仪儿两内' +
  '划则刚创剑劳势励劝协却厉参启单丧严团围图圆执坚场压坏壮寿奋夺妇妈孙宁宽审写将寻层届属岛岗币帅师帐帮库厅广张弹强汇后径复征' +
  '耻恶恼爱态惯虑庆忧凭应怀悬战戏据击扩摆扰携败敌数断升晓历书东条弃极荣枪业楼枢岁归残杀壳毁没测涌沟灭滞汉滥灾营爷墙牺状独获' +
  '环苏毕异疗症盗秘祸离谷筑签筹绪编缓缩绩绕纤罢罗闻声胆临艰蒋荐萧药虫术冲里制复袭亲诉诊词询课诸讲谨讥丰贪贴贺卖贤赞迹践踪软' +
  '载轮辩回递迟迈邻丑锻锁鉴鉴闭阔阐阴隶双鸡颗愿饰骗驱惊闹丽黄齿剥纷扎绝丝绿缘纵绳骂肤舰莲志谓誉赠赶辈辖迁钱键阁陕静响头颜饿' +
  '驻麦斋尔几伪伪纲巩恋惩懒惧择拟拦摊叙敛胧朴欧歼涨洒灯烧烂犹狱琐玺碍获窝窃笋纠纹纺终绊绑绵致缝缴聪肿腻脸艳兰虚蚀里讯诈夸诱' +
  '谐谎谦谣谴猪账赌赃踊轨辑逊酝酿钝销铺铸闪闲虽雾韩颁顿颓颠台饼骑腾骤郁盐龟冈岭废庙弯彻宪恳拥摄揽旷杨叹殴渔浓湿渎炉犊奖亩疯' +
  '痴盏矫码税颖篮粤缉缚绘耸脏荆蕴亏蛮众衬诀注咏谊谅谍谬译贸贿赐赋赡趸舆辫遥逻钉钞铅银锐锋锦锅镜钟辟陇雏雳韦颂颇刮饶驶驴胡鲁' +
  '鸣鸿鹏面吨向嘱坛垦奥妆孪赛宠屉巅帜庐徕悦恻惬惭惨悯愤忏舍扫挣挥损摇撑拨挡挤掷拢毙晕畅暂晒枣栋梁桥台柜殡氢污泾泪净涣温沪渗' +
  '溃泽涛泻濒乌炼烟烦灿烛荦狮玛瓮叠痹疟痒皑卢睁瞒矿祷秆禀稣窑窜窍筝筛帘签妆粪绅绒彩绸线纬缕绷绣坛翘聂脉胀胶舱刍苍卜荡姜蓝芦' +
  '苹虏蚕蔑袜觅讹诅诡诞谕谜哗岂竖赈宾赘跷躯轰邮邹酱钮钩铝表钟镑铲钥闸闽阑陨隽霁靓韵颊颈颅飘喂饥驳骆骚驿肮鬓鲤鹅鹤咸霉庞';

/** For each BMP code unit, its simplified form's code unit (0 = unchanged). Hot loops index it directly. */
export const FOLD_TABLE = new Uint16Array(0x10000);
const TABLE = FOLD_TABLE;
for (let i = 0; i < TRAD.length; i++) TABLE[TRAD.charCodeAt(i)] = SIMP.charCodeAt(i);

/** The simplified code unit for `c` (itself when it has none). */
export function foldCode(c: number): number {
  return TABLE[c] || c;
}

/** Folds traditional characters to simplified, one code unit for one (offsets preserved). */
export function foldScript(s: string): string {
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const f = TABLE[s.charCodeAt(i)];
    if (f) {
      out ??= s.slice(0, i);
      out += String.fromCharCode(f);
    } else if (out !== null) out += s[i];
  }
  return out ?? s;
}

/** True when the text has at least `min` traditional-only characters (a traditional-script report). */
export function looksTraditional(s: string, min = 3): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n < min; i++) if (TABLE[s.charCodeAt(i)]) n++;
  return n >= min;
}
