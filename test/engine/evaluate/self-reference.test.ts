import { deriveSelfReference, resolveSelfReference } from "../../../src/engine/evaluate/self-reference";

describe("deriveSelfReference", () => {
  it.each([
    ["广州市增城区派潭镇人民政府", "我镇"],
    ["增城区荔城街道办事处", "我街"],
    ["某县某乡人民政府", "我乡"],
    ["增城区乡村振兴局", "我局"],
    ["广州市财政局", "我局"],
    ["增城区卫生健康委员会", "我委"],
    ["区发展改革委", "我委"],
    ["区政府办", "我办"],
    ["增城区人民医院", "我院"],
    ["派潭镇社区卫生服务中心", "我中心"],
    ["派潭镇中心小学", "我校"],
    ["增城区职业技术学校", "我校"],
    ["龙门县城镇供水有限公司", "我公司"],
    ["龙门县公安局龙城派出所", "我所"],
    ["中共龙门县委宣传部", "我部"],
    ["惠州市城乡建设监察支队", "我队"],
    ["龙门县乡镇企业服务站", "我站"],
    ["龙门县图书馆", "我馆"],
    ["增城区人民政府", "我区"],
    ["龙门县人民政府", "我县"],
    ["某某协会秘书处", "我处"],
    ["龙门县城市规划服务保障", "我单位"],
  ])("%s → %s", (name, expected) => {
    expect(deriveSelfReference(name)).toBe(expected);
  });
  it("no name → 我单位", () => {
    expect(deriveSelfReference(null)).toBe("我单位");
  });
});

describe("resolveSelfReference", () => {
  it("the setting wins, then the info sheet's 自称, then the name", () => {
    expect(resolveSelfReference("本局", "我镇", "派潭镇")).toBe("本局");
    expect(resolveSelfReference(null, "我镇政府", "派潭镇")).toBe("我镇政府");
    expect(resolveSelfReference(" ", null, "派潭镇")).toBe("我镇");
  });
});
