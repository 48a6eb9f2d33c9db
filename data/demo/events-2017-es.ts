import type { ProgrammeTranslation } from './events-2017.js';

/**
 * The 2017 programme in Spanish: day themes, session titles, and each session's outcomes and
 * recommendations in the order of events-2017.ts (the lists must keep that order and length). UN
 * Spanish wording (glossary: UNCTAD, PMA, mipymes, países en desarrollo, eTrade for all kept in
 * English); session titles are ours, the report giving them in English only.
 */
export const programmeEs: ProgrammeTranslation = {
  days: {
    '2017-04-25': 'Eventos de alto nivel sobre el comercio electrónico para el desarrollo',
    '2017-04-27': 'Las microempresas y pequeñas y medianas empresas (mipymes) y las mujeres en el comercio electrónico',
  },
  sessions: {
    'cybersecurity-and-cybercrime': {
      title: 'Ciberseguridad y ciberdelincuencia: nuevas herramientas para una mejor ciberprotección',
      outcomes: [
        'Los participantes coincidieron en que se necesitan medidas a nivel nacional y mundial: una cooperación más estrecha entre los Estados y otras partes interesadas; un consenso sobre protocolos internacionales que garanticen un ciberespacio abierto, seguro y fiable; la armonización de los sistemas de justicia penal, por ejemplo en torno al Convenio de Budapest del Consejo de Europa; y un fomento de la capacidad adaptado a las necesidades de cada grupo de partes interesadas.',
        'Las respuestas jurídicas y regulatorias deberían tipificar como delito las conductas pertinentes, reforzar las facultades de las fuerzas del orden y establecer marcos de ciberseguridad que abarquen la prevención y permitan una defensa activa.',
      ],
    },
    'global-survey-internet-user-perceptions': { title: 'Encuesta mundial sobre la percepción de los usuarios de Internet' },
    'data-protection-and-development': { title: 'Protección de datos, comercio electrónico y desarrollo' },
    'fintech-consumer-markets-competition': { title: 'El auge de la tecnología financiera y sus efectos en los mercados de consumo y la competencia' },
    'digital-trade-online-work-eca': { title: 'Comercio digital y trabajo en línea en Europa y Asia Central' },
    'data-flows-and-development': { title: 'Flujos de datos y desarrollo: la perspectiva de la industria mundial' },
    'private-sector-priorities': { title: 'Las prioridades del sector privado para el comercio electrónico' },
    'e-commerce-in-africa': {
      title: 'El comercio electrónico en África',
      outcomes: [
        'Si no mejoran los procesos de transacción y de logística en que se basa, es probable que el comercio en línea en África siga limitado a las poblaciones más acomodadas de las zonas urbanas.',
      ],
    },
    'trade-logistics-new-challenges': {
      title: 'Comercio electrónico y logística comercial: nuevos desafíos y oportunidades para el transporte internacional y la facilitación del comercio',
      outcomes: [
        'Desde la perspectiva del sector privado, se ha hecho poco para adaptar los procedimientos aduaneros al auge del comercio de las pequeñas empresas: las pymes soportan costos fijos de cumplimiento más elevados y tienen menos capacidad para cumplir. Los bancos de desarrollo podrían crear programas de fomento de la capacidad en comercio electrónico para los países interesados y ayudar a cada economía a evaluar los efectos netos de distintos escenarios, incluso en las exportaciones de las pymes.',
        'Otras medidas concretas propuestas: asociaciones público-privadas que utilicen macrodatos sobre los envíos del comercio electrónico para la evaluación de riesgos aduaneros (como el programa ACAS), un cumplimiento simplificado y un despacho acelerado para los comerciantes electrónicos de confianza.',
        'Desde la perspectiva del sector público, la industria debe automatizar la gestión de sus operaciones comerciales mundiales, y debe fomentarse un seguimiento fiable y en tiempo real de los pedidos y la logística, para que los clientes y los equipos de asistencia puedan seguir cada entrega hasta la puerta del cliente final.',
      ],
    },
    'inclusive-development-china': {
      title: 'Desarrollo inclusivo y comercio electrónico: el caso de China',
      outcomes: [
        'Para un crecimiento inclusivo del comercio electrónico, los gobiernos deberían ampliar el alcance de las plataformas digitales, alentar la inversión privada en finanzas, transacciones, logística y crédito, fomentar la innovación, apoyar a las mipymes con políticas fiscales, financieras y de precios adecuadas y establecer un sistema de mercado inclusivo y justo.',
        'Las organizaciones internacionales y los gobiernos deben mejorar la formación en competencias digitales para superar la escasez de talento en el comercio electrónico.',
      ],
    },
    'ministerial-friends-of-e-commerce': {
      title: 'Reunión ministerial sobre el comercio electrónico para el desarrollo, organizada por los Amigos del Comercio Electrónico para el Desarrollo',
      recommendations: [
        'Prioridad de la hoja de ruta: definir estrategias de preparación para el comercio electrónico.',
        'Prioridad de la hoja de ruta: el acceso a la infraestructura y los servicios de TIC.',
        'Prioridad de la hoja de ruta: la logística comercial y la facilitación del comercio.',
        'Prioridad de la hoja de ruta: las soluciones de pago electrónico.',
        'Prioridad de la hoja de ruta: la seguridad jurídica y los marcos regulatorios.',
        'Prioridad de la hoja de ruta: el fomento de la capacidad y la asistencia técnica.',
        'Prioridad de la hoja de ruta: el acceso a la financiación.',
      ],
    },
    'youth-employment-digital-economy': {
      title: 'El empleo de los jóvenes en la economía digital',
      recommendations: [
        'Para afrontar el reto del comercio electrónico, la sesión propuso modernizar la enseñanza pública en los países en desarrollo y cerrar la brecha de calidad entre la enseñanza pública y la privada, de modo que los jóvenes tengan igual acceso a una educación de calidad, sobre todo en ciencia, tecnología, ingeniería y matemáticas.',
        'Los jóvenes también necesitan formación en el uso de las redes sociales para el comercio electrónico y, en los países no anglófonos, buenos programas de idiomas, para pasar de la escuela al empleo en una economía digital conectada y en rápida evolución.',
        'Permitir los pagos electrónicos transfronterizos, promover las transacciones en línea y financiar la innovación en las plataformas de pago digital se reconocieron como prioridades, para que todos los sectores de la sociedad, incluidos los jóvenes, tengan igual acceso a los productos e iguales oportunidades de crear y ampliar empresas.',
      ],
    },
    'g20-digital-economy': {
      title: 'Economía digital del G20: configurar la digitalización para un mundo interconectado, y prioridades del G20 en materia de comercio digital',
    },
    'launch-etrade-for-all-platform': { title: 'Presentación de la plataforma en línea eTrade for all' },
    'high-level-digital-transformation-for-all': {
      title: 'Evento de alto nivel: la transformación digital para todos, empoderar a los emprendedores y las pequeñas empresas',
      outcomes: [
        'Se ha abierto una amplia brecha entre los países y las empresas capaces de aprovechar las oportunidades digitales y los que no lo son. Las plataformas y las normas del comercio mundial favorecen a las grandes empresas y dejan pocas oportunidades a las pequeñas y medianas empresas, que representan alrededor del 80 % de todas las empresas, y en especial a los jóvenes emprendedores, a las mujeres empresarias y a los emprendedores de otros grupos vulnerables.',
        'Jack Ma instó a los responsables políticos a crear un entorno propicio en el que las pequeñas empresas y los jóvenes puedan participar de manera efectiva en el comercio electrónico, que crea empleo y oportunidades para los jóvenes emprendedores de los países en desarrollo, y animó a quienes aspiran a emprender a ser valientes y a abrazar el cambio y las nuevas tecnologías.',
      ],
    },
    'digital-commerce-course-kickstart': {
      title: 'Inicio del curso sobre comercio digital: funcionamiento de Internet y modelos de negocio',
    },
    'ldc-etrade-readiness': {
      title: 'Sesión especial sobre la evaluación del estado de preparación para el comercio electrónico de los países menos adelantados',
      recommendations: [
        'Ayudar a los PMA a hacer balance de su estado de preparación para el comercio electrónico mediante nuevas evaluaciones (eT Ready) en el marco de la iniciativa eTrade for all.',
        'Intensificar la movilización de recursos para aprovechar la oportunidad abierta en 2017 por la Presidencia alemana del G20, el Examen Global de la Ayuda para el Comercio y la 11.ª Conferencia Ministerial de la OMC.',
        'Ayudar a los PMA a movilizar recursos a nivel local para dar seguimiento a las constataciones, las conclusiones y la matriz de acción de su evaluación del estado de preparación para el comercio electrónico.',
        'Mantener el diálogo con todas las partes interesadas a través de la plataforma eTrade for all, dando acceso a otros trabajos de la UNCTAD relacionados con las TIC.',
        'Intensificar las asociaciones dentro de la iniciativa eTrade for all y lograr una mayor participación de las partes interesadas nacionales pertinentes en el diálogo sobre comercio electrónico y TIC, a través de los comités directivos nacionales.',
        'Seguir contribuyendo a las actividades de la iniciativa eTrade for all con conocimientos técnicos, información actualizada y buenas prácticas.',
        'Destinar recursos de la Ayuda para el Comercio al desarrollo de ecosistemas de comercio electrónico en los PMA.',
        'Compartir información sobre donaciones, préstamos, proyectos y programas que puedan apoyar el desarrollo de las pymes y las empresas en los PMA, como las incubadoras y la defensa de los intereses empresariales.',
      ],
      outcomes: [
        'Las evaluaciones del estado de preparación para el comercio electrónico ofrecen a los PMA un punto de partida y una visión de conjunto de la situación de su país, pero su aplicación es decisiva. Los gobiernos de los PMA necesitan la infraestructura física y no física de un entorno propicio, con marcos normativos, jurídicos y regulatorios más sólidos y estrategias de comercio electrónico adecuadas.',
        'Las pymes impulsan la innovación y la creación de valor. De las formas que ha adoptado la participación del sector privado en el desarrollo del comercio electrónico, las asociaciones público-privadas son las más prometedoras para sentar sus bases, y las asociaciones con los grandes actores han dado resultados muy positivos.',
        'El Marco Integrado Mejorado (MIM) reiteró su apoyo mediante su Estudio de Diagnóstico sobre la Integración Comercial (EDIC), en particular en materia de TIC, reforma regulatoria y desarrollo de las pymes. Está dispuesto a ayudar a diseñar propuestas de proyectos que aumenten la capacidad productiva digital, sobre la base de proyectos de portales comerciales y de infraestructura de comercio electrónico como el de Bhután; a dirigirse a donantes nuevos y no tradicionales, como el Banco Islámico de Desarrollo; a financiar más evaluaciones del estado de preparación para el comercio electrónico de los PMA mediante donaciones para estudios de viabilidad y formulación de proyectos; y, en cada país, a ayudar a integrar el comercio y el comercio electrónico en los programas nacionales de desarrollo y las estrategias sectoriales.',
        'Tras la publicación y la buena acogida de las evaluaciones de Camboya y Bhután, el MIM y Alemania anunciaron nueva financiación para más evaluaciones del comercio electrónico en los PMA, entre ellos Liberia y Samoa.',
      ],
    },
    'trade-investment-promotion-digital-disruption': {
      title: 'Promoción del comercio y la inversión: en la encrucijada de la disrupción digital',
    },
    'trade-policy-mc11-lunch': {
      title: 'Optimizar la política comercial para el comercio electrónico: consideraciones para la CM11 y más allá',
    },
    'consumer-protection': {
      title: 'Comercio electrónico y protección del consumidor',
      recommendations: [
        'Ofrecer a los consumidores en línea un nivel de protección no inferior al que tienen fuera de línea.',
        'Revisar las políticas existentes para tener en cuenta las características propias del comercio electrónico.',
        'Proporcionar información clara sobre los derechos y las obligaciones de las empresas y los consumidores.',
        'Llevar a cabo programas de educación e información de consumidores y empresas que abarquen el comercio electrónico.',
        'Promover buenas prácticas comerciales en línea.',
        'Desarrollar sistemas de solución de controversias justos, eficaces, transparentes e imparciales, en particular de solución de controversias en línea.',
        'Velar por que los proveedores en línea ofrezcan productos seguros.',
        'Promover la cooperación internacional en la elaboración de políticas de protección de los consumidores en línea y en su aplicación.',
        'Aplicar las Directrices de las Naciones Unidas para la Protección del Consumidor: la principal prioridad señalada para ayudar a los países en desarrollo a proteger mejor a los consumidores en línea.',
        'Revisar y actualizar los marcos jurídicos e institucionales para tener en cuenta el comercio electrónico.',
        'Fomentar la capacidad de las partes interesadas pertinentes en materia de protección de los consumidores en línea.',
        '«Conectar las redes entre sí» y profundizar la cooperación internacional.',
        'Educar y sensibilizar a los consumidores y las empresas.',
        'Fomentar mecanismos que refuercen la confianza en línea.',
      ],
    },
    'payment-solutions': {
      title: 'Soluciones de pago para el comercio electrónico',
      recommendations: [
        'Aprovechar la flexibilidad en el tratamiento de los tipos de pago para facilitar las transferencias internacionales, como la facilidad regulatoria que permite las operaciones con tarjeta de crédito sin formularios ni autorizaciones de las autoridades para cada operación.',
        'Establecer procesos unificados de cumplimiento regulatorio para los intermediarios financieros y los operadores de dinero móvil, en especial a efectos de la diligencia debida respecto del cliente (KYC) y de la lucha contra el blanqueo de dinero: las múltiples autorizaciones de distintos organismos actúan como obstáculos.',
        'Tratar los distintos sistemas de pago de manera tecnológicamente neutral, con iguales oportunidades de acceso a los mercados.',
        'Invertir pronto y de forma continua en la relación con los sistemas regulatorios internacionales: a mayor riesgo, mayores costos.',
        'Los responsables políticos nacionales deberían permitir la innovación en el país procurando desde el principio la compatibilidad internacional.',
        'Avanzar hacia servicios de identidad digital a los que puedan remitirse todos los proveedores de servicios de pago, teniendo presentes la privacidad y la protección de datos.',
        'Estudiar detenidamente cómo gestionar una identidad única para el comercio de las pymes y las operaciones B2C.',
        'Aprovechar las fuentes de datos digitales para establecer la diligencia debida y la identidad, lo que reduce los costos, los plazos y las posibilidades de burlar el sistema.',
        'Procurar que un pago tarde menos de 15 minutos desde su emisión hasta su ejecución, y remontar el proceso para detectar los cuellos de botella que lo impiden.',
        'Facilitar el cierre de operaciones en las redes sociales y el pago por el mayor número posible de canales: poner al cliente en el centro.',
        'Hacer obligatoria, y no opcional, la interoperabilidad entre los medios de pago.',
        'Los gobiernos deberían estudiar cómo la tecnología financiera puede ayudar al sector a crecer e innovar, en lugar de ser una mera prolongación de la banca.',
        'Crear sistemas regionales y continentales de referencias crediticias; las licencias transfronterizas reducirían los costos, y el reconocimiento mutuo de los sistemas de crédito sería un buen comienzo.',
        'Hacer interoperables las regulaciones, lo que importa más a medida que crece el volumen de operaciones transfronterizas.',
      ],
    },
    'gender-dimension': {
      title: 'La dimensión de género del comercio electrónico',
      recommendations: [
        'Crear una red de mujeres empresarias del comercio electrónico en los países en desarrollo.',
        'Difundir buenas prácticas y dar a las mujeres empresarias acceso a modelos a seguir, en particular para hacer crecer su empresa y llegar a los mercados de exportación.',
        'Elaborar datos desglosados por sexo.',
      ],
      outcomes: [
        'Las mujeres empresarias en particular pidieron redes, mentoría y modelos a seguir, tanto hombres como mujeres. Las organizaciones internacionales pueden contribuir creando un entorno propicio para un comercio electrónico inclusivo, recopilando y difundiendo buenas prácticas y poniendo a las emprendedoras en contacto con modelos a seguir; la iniciativa eTrade for all podría acoger una red en la que las mujeres empresarias del comercio electrónico intercambien, aprendan y ofrezcan y reciban mentoría.',
        'Los oradores pidieron reiteradamente más y mejores datos desglosados por sexo sobre el comercio electrónico. En el marco de la iniciativa eTrade for all, las organizaciones internacionales pueden colaborar con los gobiernos, el sector privado y el mundo académico para medir la participación de las mujeres en el comercio electrónico, mejorando la disponibilidad, la comparabilidad y la calidad de las estadísticas oficiales de comercio y de TIC desglosadas por sexo: mejores datos darán lugar a mejores políticas.',
      ],
    },
    'better-measurement': {
      title: 'Hacia una mejor medición del comercio electrónico',
      outcomes: [
        'Ya existen muchos datos sobre numerosos elementos del estado de preparación para el comercio electrónico; el reto es medir el valor del propio comercio electrónico. Entre las lagunas importantes figuran la falta de datos oficiales sobre comercio electrónico en los países en desarrollo y la escasez de mediciones del comercio electrónico entre empresas y del comercio electrónico transfronterizo (frente al nacional). Los datos privados tienen mucho que aportar, pero acceder a ellos no es fácil ni barato para todos.',
      ],
      recommendations: [
        'Aprovechar más las encuestas existentes sobre la actividad económica y las declaraciones de aduana para reunir datos sobre comercio electrónico, añadiendo algunas preguntas.',
        'Utilizar de forma creativa los datos reunidos por el sector privado, incluidos los «macrodatos» en poder de las empresas financieras y de transporte y de las plataformas de comercio en Internet, así como los datos postales, como insumo para la recopilación de datos públicos.',
        'Destinar más recursos a fomentar la capacidad de los organismos de estadística de los países en desarrollo para reunir datos sobre comercio electrónico.',
        'Mantener la asociación de todas las partes interesadas pertinentes en la agenda de medición.',
      ],
    },
    'trade-rules-msmes-lunch': {
      title: '¿Pueden las normas comerciales sobre comercio electrónico ayudar a las mipymes de los países en desarrollo?',
      outcomes: [
        'Las normas comerciales pueden ayudar a las mipymes de los países en desarrollo a aprovechar mejor las oportunidades del comercio electrónico. Los países en desarrollo ya han asumido muchas normas y disciplinas comerciales sobre comercio electrónico, que han contribuido a su crecimiento y desarrollo.',
        'Los gobiernos deberían tener en cuenta las preocupaciones y los intereses de las mipymes en materia de comercio electrónico cuando participan en negociaciones comerciales.',
      ],
    },
    'internet-futures': { title: 'El futuro de Internet (proyecto Internet Futures de la ISOC)' },
    'smes-in-e-commerce': {
      title: 'Apoyar la participación de las pequeñas y medianas empresas en el comercio electrónico',
      recommendations: [
        'Armonizar las regulaciones (impuestos, derechos de aduana, barreras no arancelarias) y hacerlas más favorables a las empresas.',
        'Hacer participar a las pequeñas empresas en la formulación de políticas.',
        'Recurrir a las asociaciones público-privadas.',
        'Buscar soluciones prácticas, como entidades extranjeras de propiedad colectiva de pymes de países en desarrollo, que den acceso compartido a los pagos internacionales, la logística y la representación jurídica y fiscal.',
        'Crear ventanillas únicas que den a las pymes toda la información que necesitan para comerciar por canales digitales (por ejemplo, sobre las normas de minimis).',
        'Fomentar la capacidad mediante la formación en línea.',
        'Contribuir a crear un entorno más estable para los pequeños emprendedores por cuenta propia que quieran dedicarse al comercio electrónico.',
        'Mejorar el acceso a la financiación.',
        'Apoyar la creación de cooperativas mediante las cuales las pymes compartan costos e información.',
        'Los responsables políticos deben comprender y comunicar mejor el potencial del comercio electrónico.',
        'Utilizar plataformas en línea (como eBay y Etsy) que ayuden a conectar a quienes no están conectados, por ejemplo dando acceso compartido a la información.',
        'Recurrir a soluciones como la residencia electrónica (e-Residency), que da a los emprendedores una identidad digital para dirigir una empresa desde el extranjero.',
      ],
    },
    'trade-logistics-new-solutions': {
      title: 'Comercio electrónico y logística comercial: nuevas soluciones para el transporte internacional y la facilitación del comercio',
      outcomes: [
        'El comercio electrónico es impulsado por la tecnología y frenado por la tradición. Sus obstáculos se parecen mucho a los tradicionales, pero el número de envíos y la necesidad de rapidez los han acentuado; una aplicación efectiva del Acuerdo sobre Facilitación del Comercio (AFC) de la OMC, cuyas disposiciones modernizan los procedimientos aduaneros y simplifican los procesos, puede contribuir en gran medida a superarlos.',
        'El AFC es necesario pero no suficiente: ir más allá del mero cumplimiento jurídico exige un enfoque que abarque toda la cadena de suministro, en cada etapa de una transacción comercial internacional, con intercambio y análisis de datos en tiempo real entre comerciantes, administraciones aduaneras y proveedores de servicios logísticos.',
        'Los responsables políticos deberían ver en estos factores oportunidades para adoptar el comercio electrónico y crear las condiciones (como la armonización de normas), los procedimientos y los recursos que le permitan prosperar, situando a las pymes en el centro de sus intervenciones.',
      ],
    },
    'broadband-connectivity': {
      title: 'La conectividad de banda ancha al servicio del comercio electrónico',
      recommendations: [
        'Políticas: reformar las políticas de TIC para la economía digital, eliminando la compartimentación entre organismos públicos y entre sectores y tecnologías convergentes; alentar a los gobiernos de los países en desarrollo a definir una visión clara de la conectividad universal como plataforma y a hacer de ella una prioridad; prestar a los gobiernos y a los usuarios asistencia técnica y fomento de la capacidad multipartitos para aplicar las políticas; mantener políticas y regulaciones propicias a la inversión nacional y extranjera, en un mercado de telecomunicaciones abierto, transparente y justo; considerar la posibilidad de asumir compromisos en virtud del Documento de Referencia sobre los servicios de telecomunicaciones; sentar a todas las partes a la mesa, también en los debates sobre comercio electrónico en la OMC; y evaluar de manera integral las medidas de asequibilidad, ya que el crecimiento que aporta la conectividad universal compensa la pérdida de ingresos a corto plazo de un ministerio.',
        'Inversión y financiación: hacer participar a actores que aún no intervienen en el proceso, como los bancos regionales de desarrollo y otras instituciones financieras multilaterales; promover el diálogo entre los ministerios de TIC, finanzas y comercio; lograr que el apoyo de los donantes a los proyectos de conectividad respete las particularidades de cada país y reconozca los puntos en común; hacer más asequible la banda ancha, por ejemplo reduciendo los impuestos y derechos de importación sobre los equipos y servicios de telecomunicaciones y TIC, compartiendo la infraestructura y gestionando el espectro; considerar la adhesión al Acuerdo sobre Tecnología de la Información ampliado; y alentar la inversión pública y privada, ya que la conectividad de banda ancha es un bien social.',
        'Cooperación: nadie puede afrontar solo estos desafíos, e Internet no tiene fronteras. Compartir buenas prácticas, ámbito en el que las organizaciones intergubernamentales y foros como la Semana del Comercio Electrónico desempeñan un papel importante, y aumentar la cooperación entre empresas privadas, gobiernos, organizaciones internacionales e instituciones multipartitas, con nuevos modelos para reunir a los asociados, nuevas asociaciones público-privadas entre sectores y más allá de la compartimentación de las TIC, e ideas y modelos de negocio nuevos.',
      ],
    },
    'single-window': {
      title: 'La ventanilla única como motor del desarrollo del comercio electrónico',
      outcomes: [
        'El panel presentó la guía actualizada de implantación de la ventanilla única de la Alianza Africana para el Comercio Electrónico (AACE). La guía acompaña a los gobiernos en los pasos prácticos de la planificación y el despliegue de proyectos de ventanilla única, con orientaciones basadas en las recomendaciones del Centro de las Naciones Unidas de Facilitación del Comercio y las Transacciones Electrónicas (CEFACT-ONU).',
      ],
    },
    'key-outcomes-way-forward': {
      title: 'Principales resultados y camino a seguir',
      outcomes: [
        'Los debates de la Semana alimentan varios procesos que apoyan el fomento de la capacidad en los países en desarrollo: el Examen de la Ayuda para el Comercio de la OMC (julio de 2017), los debates más amplios sobre comercio electrónico, comercio y desarrollo, y la primera reunión del Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital de la UNCTAD (4 a 6 de octubre de 2017). También aportaron datos, estudios de caso y análisis de políticas para informes de investigación, así como nuevas asociaciones para fomentar la capacidad de los países en desarrollo.',
        'Al clausurar la Semana, la presidenta subrayó que la única manera de estar a la altura para prestar a los países en desarrollo el apoyo que necesitan para liberar el potencial de desarrollo del comercio electrónico, en todas sus dimensiones, es trabajar juntos: conectar las iniciativas para aprovechar bien unos recursos limitados, alcanzar una masa crítica y acelerar el avance hacia los Objetivos de Desarrollo Sostenible.',
      ],
    },
  },
};
