/**
 * Family names so common that sharing one says little: the most frequent romanised Chinese, Korean and
 * Vietnamese family names (CJK_FAMILIES; about 85% of Chinese authors carry one of the first hundred
 * Chinese surnames, and Kim, Lee and Park cover about 45% of Koreans), and the most frequent family names
 * of the other large author populations (India, the anglophone, Hispanic, German, French, Japanese and
 * Russian worlds). Written folded (fold-name.ts). A short list by design: it only has to tell "Wang" from
 * "Baydin"; rarer names are judged by the evidence of the corpus itself.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Romanised Chinese (pinyin and Wade–Giles/Cantonese spellings), Korean and Vietnamese family names. */
export const CJK_FAMILIES = words(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
  han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
  jin tan fu fan zou xiong bai meng qin qiu hou jiang shi xue lei long duan hao kong shao mao wan gu lai
  kang qian tao hong yan qi niu mo chang dai gong fang wen shan jia cui zhong xing tong lo lau chan cheung
  wong leung ho ng chow kwok lam tsang yip chu tse fung ko kim lee park choi jung jeong kang cho yoon yun
  jang lim han shin seo kwon hwang ahn ah song hong jeon ko moon son yang bae baek heo nam noh nguyen tran le
  pham hoang huynh phan vu vo dang bui do ngo duong ly
`);

/** Very common family names of other large author populations. */
const OTHER_COMMON = words(`
  kumar singh sharma gupta patel shah das reddy rao khan ali ahmed hassan mohamed mohammed hussain iyer
  roy ghosh chatterjee mukherjee banerjee sen bose dutta paul mishra verma yadav jain agarwal mehta joshi nair
  pillai menon rahman islam hossain akter begum uddin chowdhury
  smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson white
  harris thompson clark lewis robinson walker young allen king wright scott hill green adams baker nelson
  garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz
  fernandez moreno alvarez romero ruiz jimenez munoz castro vargas ortiz morales gutierrez navarro ramos
  silva santos oliveira souza costa pereira ferreira almeida rossi russo ferrari esposito bianchi romano
  muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter wolf
  bernard dubois durand petit leroy moreau simon laurent lefebvre michel
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
  yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada
  ivanov smirnov kuznetsov popov petrov sokolov kowalski nowak
  cohen levy
`);

/** How common a family name is: "top" for CJK_FAMILIES and names of one or two letters, "common" for other frequent names. */
export function familyCommonness(family: string): "top" | "common" | "other" {
  if (family.length <= 2 || CJK_FAMILIES.has(family)) return "top";
  return OTHER_COMMON.has(family) ? "common" : "other";
}
