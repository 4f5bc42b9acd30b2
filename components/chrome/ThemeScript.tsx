// Runs before the first paint, so a reader who chose a theme or text size never sees
// the other one flash. Inline and tiny: it blocks nothing on the network.
const code = `try{var d=document.documentElement,s=localStorage,t=s.getItem('sahifa-theme'),z=s.getItem('sahifa-text'),h=s.getItem('sahifa-hijri');if(t==='light'||t==='dark')d.dataset.theme=t;if(z)d.dataset.textSize=z;if(h==='on')d.dataset.hijri='on'}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
