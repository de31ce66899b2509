import { afterEach, describe, expect, it } from "vitest";
import { el, mount } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const member = (name: string, type: string, value: string | null, doc_string: string | null) => ({ name, type, value, doc_string });

describe("help", () => {
  it("shows name, type, value and the docstring with its line breaks", () => {
    const { q } = mount(el("help", { name: "df", type: "DataFrame", value: "pandas.DataFrame(data=None)", doc_string: "Two-dimensional.\n\nMore text." }, { id: null }));
    expect(q("[data-testid=stHelpName]").textContent).toBe("df");
    expect(q("[data-testid=stHelpType]").textContent).toBe("DataFrame");
    expect(q("[data-testid=stHelpValue]").textContent).toBe("pandas.DataFrame(data=None)");
    expect(q("[data-testid=stHelpDoc]").textContent).toBe("Two-dimensional.\n\nMore text.");
    expect(q("[data-testid=stHelp]").querySelector("[data-testid=stHelpMembersTable]")).toBeNull();
  });

  it("leaves out a missing name and value and says when there are no docs", () => {
    const { q } = mount(el("help", { name: null, value: null, doc_string: null }, { id: null }));
    const root = q("[data-testid=stHelp]");
    expect(root.querySelector("[data-testid=stHelpName]")).toBeNull();
    expect(root.querySelector("[data-testid=stHelpValue]")).toBeNull();
    expect(q("[data-testid=stHelpDoc]").textContent).toBe("No docs available");
  });

  it("lists members: a value when readable, else the docstring, else 'No docs available'", () => {
    const members = [member("size", "int", "3", null), member("bark", "method", null, "Make noise."), member("sit", "method", null, null)];
    const { q } = mount(el("help", { members }, { id: null }));
    const rows = Array.from(q("[data-testid=stHelpMembersTable]").querySelectorAll("[data-testid=stHelpMember]"));
    expect(rows.map((r) => r.querySelector("[data-testid=stHelpMemberDocName]")?.textContent)).toEqual(["size", "bark", "sit"]);
    const [size, bark, sit] = rows as [Element, Element, Element];
    expect(size.querySelector("[data-testid=stHelpMemberDocType]")?.textContent).toBe("int");
    expect(size.querySelector("[data-testid=stHelpMemberDocValue]")?.textContent).toBe("3");
    expect(size.querySelector("[data-testid=stHelpMemberDocString]")).toBeNull();
    expect(bark.querySelector("[data-testid=stHelpMemberDocString]")?.textContent).toBe("Make noise.");
    expect(sit.querySelector("[data-testid=stHelpMemberDocString]")?.textContent).toBe("No docs available");
  });

  it("renders object text as text, never as HTML", () => {
    const { q } = mount(el("help", { name: "<b>x</b>", doc_string: "<img src=x onerror=alert(1)>" }, { id: null }));
    expect(q("[data-testid=stHelp]").querySelector("b, img")).toBeNull();
    expect(q("[data-testid=stHelpName]").textContent).toBe("<b>x</b>");
  });
});
