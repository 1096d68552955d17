// A stand-in for Salesforce's lightning/platformResourceLoader: loadScript adds the script to the
// page once per URL and resolves when it has run, as the real one does. (Under Lightning Web
// Security the real one evaluates the script in the component's sandbox: tests/e2e/lightning.test.mjs
// runs the same script in that sandbox.)
const loaded = new Map();

export function loadScript(component, url) {
    if (!loaded.has(url)) {
        loaded.set(
            url,
            new Promise((resolve, reject) => {
                const script = document.createElement("script");
                script.src = url;
                script.onload = () => resolve();
                script.onerror = () => reject(new Error(`${url} could not be loaded`));
                document.head.appendChild(script);
            })
        );
    }
    return loaded.get(url);
}
